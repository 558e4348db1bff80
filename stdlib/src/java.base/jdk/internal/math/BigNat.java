package jdk.internal.math;

/**
 * A small mutable arbitrary-precision natural number, just enough for exact binary/decimal conversion:
 * multiply by a small factor or a power of five or ten, shift left, add, subtract, compare.
 *
 * <p>Representation: {@code words[0..len)} little-endian 32-bit limbs, no leading zero limbs ({@code len == 0}
 * is zero). Every operation mutates the receiver in place and returns it, so the digit loops allocate nothing.
 * Written for Cortado; depends on nothing but {@code java.lang}.
 */
public final class BigNat {
    private static final long MASK = 0xFFFFFFFFL;
    /** 5^13, the largest power of five below 2^31. */
    private static final int FIVE_13 = 1220703125;

    private int[] words;
    private int len;

    private BigNat(int capacity) {
        words = new int[Math.max(capacity, 2)];
    }

    /** A new number with the value {@code v} (taken as unsigned). */
    public static BigNat of(long v) {
        BigNat b = new BigNat(4);
        b.words[0] = (int) v;
        b.words[1] = (int) (v >>> 32);
        b.len = 2;
        b.trim();
        return b;
    }

    /** A copy of this number. */
    public BigNat copy() {
        BigNat b = new BigNat(words.length);
        System.arraycopy(words, 0, b.words, 0, len);
        b.len = len;
        return b;
    }

    /** Sets this number to the value of {@code o}. */
    public BigNat set(BigNat o) {
        ensure(o.len);
        System.arraycopy(o.words, 0, words, 0, o.len);
        len = o.len;
        return this;
    }

    private void ensure(int n) {
        if (words.length < n) {
            int[] w = new int[Math.max(n, words.length * 2)];
            System.arraycopy(words, 0, w, 0, len);
            words = w;
        }
    }

    private void trim() {
        while (len > 0 && words[len - 1] == 0) {
            len--;
        }
    }

    /** Whether this number is zero. */
    public boolean isZero() {
        return len == 0;
    }

    /** Multiplies by {@code m}, {@code 0 <= m < 2^31}. */
    public BigNat mulSmall(int m) {
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long p = (words[i] & MASK) * m + carry;
            words[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            ensure(len + 1);
            words[len++] = (int) carry;
        }
        return this;
    }

    /** Adds {@code a}, {@code 0 <= a < 2^31}. */
    public BigNat addSmall(int a) {
        long carry = a;
        for (int i = 0; i < len && carry != 0; i++) {
            long s = (words[i] & MASK) + carry;
            words[i] = (int) s;
            carry = s >>> 32;
        }
        if (carry != 0) {
            ensure(len + 1);
            words[len++] = (int) carry;
        }
        return this;
    }

    /** Multiplies by 5^e, {@code e >= 0}. */
    public BigNat mulPow5(int e) {
        while (e >= 13) {
            mulSmall(FIVE_13);
            e -= 13;
        }
        int m = 1;
        while (e-- > 0) {
            m *= 5;
        }
        return m == 1 ? this : mulSmall(m);
    }

    /** Multiplies by 10^e, {@code e >= 0}. */
    public BigNat mulPow10(int e) {
        return mulPow5(e).shiftLeft(e);
    }

    /** Multiplies by 2^n, {@code n >= 0}. */
    public BigNat shiftLeft(int n) {
        if (len == 0 || n == 0) {
            return this;
        }
        int ws = n >>> 5;
        int bs = n & 31;
        ensure(len + ws + 1);
        if (bs == 0) {
            for (int i = len - 1; i >= 0; i--) {
                words[i + ws] = words[i];
            }
        } else {
            words[len + ws] = words[len - 1] >>> (32 - bs);
            for (int i = len - 1; i > 0; i--) {
                words[i + ws] = (words[i] << bs) | (words[i - 1] >>> (32 - bs));
            }
            words[ws] = words[0] << bs;
        }
        for (int i = 0; i < ws; i++) {
            words[i] = 0;
        }
        len += ws + 1;
        trim();
        return this;
    }

    /** Divides by 2 (drops the lowest bit). */
    public BigNat shiftRightOne() {
        for (int i = 0; i < len; i++) {
            int hi = i + 1 < len ? words[i + 1] << 31 : 0;
            words[i] = (words[i] >>> 1) | hi;
        }
        trim();
        return this;
    }

    /** Adds {@code o}. */
    public BigNat add(BigNat o) {
        int n = Math.max(len, o.len);
        ensure(n + 1);
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = (i < len ? words[i] & MASK : 0) + (i < o.len ? o.words[i] & MASK : 0) + carry;
            words[i] = (int) s;
            carry = s >>> 32;
        }
        len = n;
        if (carry != 0) {
            words[len++] = (int) carry;
        }
        return this;
    }

    /** Subtracts {@code o}; requires {@code this >= o}. */
    public BigNat sub(BigNat o) {
        long borrow = 0;
        for (int i = 0; i < len; i++) {
            long d = (words[i] & MASK) - (i < o.len ? o.words[i] & MASK : 0) - borrow;
            words[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        trim();
        return this;
    }

    /** The sign of {@code this - o}. */
    public int compareTo(BigNat o) {
        if (len != o.len) {
            return len < o.len ? -1 : 1;
        }
        for (int i = len - 1; i >= 0; i--) {
            if (words[i] != o.words[i]) {
                return (words[i] & MASK) < (o.words[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** The sign of {@code a + b - c}, without changing any of them. */
    public static int compareSum(BigNat a, BigNat b, BigNat c) {
        int n = Math.max(a.len, b.len);
        if (n + 1 < c.len) {
            return -1;
        }
        if (n > c.len) {
            return 1;
        }
        // Compare from the top, carrying the difference: walk limbs low to high computing a+b, then compare.
        int[] sum = new int[n + 1];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = (i < a.len ? a.words[i] & MASK : 0) + (i < b.len ? b.words[i] & MASK : 0) + carry;
            sum[i] = (int) s;
            carry = s >>> 32;
        }
        sum[n] = (int) carry;
        int top = n + 1;
        while (top > 0 && sum[top - 1] == 0) {
            top--;
        }
        if (top != c.len) {
            return top < c.len ? -1 : 1;
        }
        for (int i = top - 1; i >= 0; i--) {
            if (sum[i] != c.words[i]) {
                return (sum[i] & MASK) < (c.words[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    /** The number of significant bits (0 for zero). */
    public int bitLength() {
        return len == 0 ? 0 : 32 * (len - 1) + 32 - Integer.numberOfLeadingZeros(words[len - 1]);
    }

    /** Bit {@code i} of this number. */
    public boolean testBit(int i) {
        int w = i >>> 5;
        return w < len && ((words[w] >>> (i & 31)) & 1) != 0;
    }

    /**
     * Replaces this number by {@code this mod d} and returns {@code this / d}, which the caller guarantees
     * is below 2^62. Binary long division, one quotient bit per step.
     */
    public long divRemSmallQuotient(BigNat d) {
        int shift = bitLength() - d.bitLength();
        if (shift < 0) {
            return 0;
        }
        BigNat t = d.copy().shiftLeft(shift);
        long q = 0;
        for (int i = shift; i >= 0; i--) {
            q <<= 1;
            if (compareTo(t) >= 0) {
                sub(t);
                q |= 1;
            }
            t.shiftRightOne();
        }
        return q;
    }

    /**
     * Subtracts {@code d} while this number is at least {@code d} and returns how many times: the quotient of a
     * digit step, where it is known to be small.
     */
    public int subtractWhileAtLeast(BigNat d) {
        int q = 0;
        while (compareTo(d) >= 0) {
            sub(d);
            q++;
        }
        return q;
    }
}
