package java.math;

/**
 * Immutable arbitrary-precision integers, as the Java SE 17 API specifies them: arithmetic, division with
 * truncation toward zero, modular arithmetic, two's-complement bit operations, primality tests and radix
 * conversion.
 *
 * <p>Representation: a sign ({@code -1}, {@code 0} or {@code 1}) and a magnitude held as little-endian
 * 32-bit words ({@code mag[0]} is the least significant) with no zero word at the top; zero has an empty
 * magnitude. Bit operations behave as if on an infinite two's-complement representation, computed from the
 * identity {@code ~x == -x - 1}. The word arithmetic (add, subtract, multiply, divide, shifts, radix
 * conversion) is done by Rust natives on the magnitudes (schoolbook multiplication below 40 words and
 * Karatsuba above; division by Knuth's Algorithm D, TAOCP vol. 2, 4.3.1). Written for Cortado from the API
 * documentation; the observable details (exception messages, {@code hashCode}) are matched against HotSpot 17.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long MASK = 0xFFFFFFFFL;
    private static final int[] NO_WORDS = new int[0];

    /** -1, 0 or 1. */
    final int signum;
    /** Little-endian magnitude, trimmed. */
    final int[] mag;

    /** Cached small values: HotSpot hands out the same instance for -16..16 ({@code valueOf(1) == ONE}). */
    private static final BigInteger[] POS_CACHE = new BigInteger[17];
    private static final BigInteger[] NEG_CACHE = new BigInteger[17];

    static {
        POS_CACHE[0] = new BigInteger(0, NO_WORDS);
        NEG_CACHE[0] = POS_CACHE[0];
        for (int i = 1; i <= 16; i++) {
            POS_CACHE[i] = new BigInteger(1, new int[] {i});
            NEG_CACHE[i] = new BigInteger(-1, new int[] {i});
        }
    }

    /** The constant 0. */
    public static final BigInteger ZERO = POS_CACHE[0];
    /** The constant 1. */
    public static final BigInteger ONE = POS_CACHE[1];
    /** The constant 2. */
    public static final BigInteger TWO = POS_CACHE[2];
    /** The constant 10. */
    public static final BigInteger TEN = POS_CACHE[10];
    static final BigInteger NEGATIVE_ONE = NEG_CACHE[1];

    /** Largest power of each radix that fits in a non-negative int, and its number of digits. */
    private static final int[] RADIX_POW = new int[37];
    private static final int[] RADIX_DIGITS = new int[37];

    static {
        for (int r = 2; r <= 36; r++) {
            long p = r;
            int d = 1;
            while (p * r <= Integer.MAX_VALUE) {
                p *= r;
                d++;
            }
            RADIX_POW[r] = (int) p;
            RADIX_DIGITS[r] = d;
        }
    }

    /** Trusted constructor: {@code mag} is trimmed and owned by the new object. */
    private BigInteger(int signum, int[] mag) {
        this.signum = mag.length == 0 ? 0 : signum;
        this.mag = mag;
    }

    /** A value from a possibly untrimmed magnitude (which becomes owned). */
    static BigInteger of(int signum, int[] mag) {
        int n = mag.length;
        while (n > 0 && mag[n - 1] == 0) {
            n--;
        }
        if (n == 0) {
            return ZERO;
        }
        if (n != mag.length) {
            int[] t = new int[n];
            System.arraycopy(mag, 0, t, 0, n);
            mag = t;
        }
        return new BigInteger(signum, mag);
    }

    /** Translates a decimal string, with an optional leading sign, into a BigInteger. */
    public BigInteger(String val) {
        this(val, 10);
    }

    /**
     * Translates a string in the given radix, with an optional leading {@code -} or {@code +}. Digits are
     * consumed in groups of as many as fit in an int, each parsed by {@link Integer#parseInt(String, int)},
     * so a bad digit reports the group that contains it, as HotSpot does.
     */
    public BigInteger(String val, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        int len = val.length();
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int sign = 1;
        int cursor = 0;
        int minus = val.lastIndexOf('-');
        int plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            cursor = 1;
        }
        if (cursor == len) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) {
            cursor++;
        }
        if (cursor == len) {
            this.signum = 0;
            this.mag = NO_WORDS;
            return;
        }
        int numDigits = len - cursor;
        int group = RADIX_DIGITS[radix];
        int first = numDigits % group;
        if (first == 0) {
            first = group;
        }
        // Upper bound of the words needed: digits * log2(radix) / 32.
        int words = (int) (((long) numDigits * (32 - Integer.numberOfLeadingZeros(radix)) + 31) >>> 5) + 1;
        int[] m = new int[words];
        int used = 0;
        int end = cursor + first;
        int v = Integer.parseInt(val.substring(cursor, end), radix);
        if (v < 0) {
            throw new NumberFormatException("Illegal digit");
        }
        m[0] = v;
        used = v == 0 ? 0 : 1;
        int mul = RADIX_POW[radix];
        while (end < len) {
            int start = end;
            end += group;
            v = Integer.parseInt(val.substring(start, end), radix);
            if (v < 0) {
                throw new NumberFormatException("Illegal digit");
            }
            used = mulAddInPlace(m, used, mul, v);
        }
        int[] t = new int[used];
        System.arraycopy(m, 0, t, 0, used);
        this.mag = t;
        this.signum = used == 0 ? 0 : sign;
    }

    /** m[0..used) = m * mul + add; returns the new used length. */
    private static int mulAddInPlace(int[] m, int used, int mul, int add) {
        long f = mul & MASK;
        long carry = add & MASK;
        for (int i = 0; i < used; i++) {
            long p = (m[i] & MASK) * f + carry;
            m[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            m[used++] = (int) carry;
        }
        return used;
    }

    /** Translates a big-endian two's-complement byte array. */
    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    /** Translates a big-endian two's-complement sub-array. */
    public BigInteger(byte[] val, int off, int len) {
        if (off < 0 || len < 0 || off > val.length - len) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int[] w = new int[(len + 3) / 4];
        boolean negative = val[off] < 0;
        for (int i = 0; i < w.length * 4; i++) {
            int b;
            if (i < len) {
                b = val[off + len - 1 - i] & 0xFF;
            } else {
                b = negative ? 0xFF : 0;
            }
            w[i >> 2] |= b << ((i & 3) * 8);
        }
        BigInteger r = fromTwos(w);
        this.signum = r.signum;
        this.mag = r.mag;
    }

    /** Translates a sign and a big-endian magnitude. */
    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    /** Translates a sign and a big-endian magnitude sub-array. */
    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) {
            throw new NumberFormatException("Invalid signum value");
        }
        if (off < 0 || len < 0 || off > magnitude.length - len) {
            throw new IndexOutOfBoundsException();
        }
        BigInteger r = of(1, wordsOf(magnitude, off, len));
        if (r.signum != 0 && signum == 0) {
            throw new NumberFormatException("signum-magnitude mismatch");
        }
        this.signum = r.signum == 0 ? 0 : signum;
        this.mag = r.mag;
    }

    /**
     * A uniformly distributed value in [0, 2^numBits): {@code ceil(numBits / 8)} bytes from {@code rnd.nextBytes},
     * read big-endian with the excess high bits of the first byte cleared (so the same Random gives the same
     * values as on HotSpot).
     */
    public BigInteger(int numBits, java.util.Random rnd) {
        if (numBits < 0) {
            throw new IllegalArgumentException("numBits must be non-negative");
        }
        int[] w = NO_WORDS;
        if (numBits > 0) {
            byte[] bytes = new byte[(numBits + 7) / 8];
            rnd.nextBytes(bytes);
            int excess = 8 * bytes.length - numBits;
            bytes[0] &= (byte) ((1 << (8 - excess)) - 1);
            w = wordsOf(bytes, 0, bytes.length);
        }
        BigInteger r = of(1, w);
        this.signum = r.signum;
        this.mag = r.mag;
    }

    /** The little-endian words of the unsigned big-endian bytes b[off..off+len), untrimmed. */
    private static int[] wordsOf(byte[] b, int off, int len) {
        int[] w = new int[(len + 3) / 4];
        for (int i = 0; i < len; i++) {
            w[i >> 2] |= (b[off + len - 1 - i] & 0xFF) << ((i & 3) * 8);
        }
        return w;
    }

    /** The BigInteger whose value is {@code val}; -16..16 are shared instances. */
    public static BigInteger valueOf(long val) {
        if (val >= 0 && val <= 16) {
            return POS_CACHE[(int) val];
        }
        if (val < 0 && val >= -16) {
            return NEG_CACHE[(int) -val];
        }
        int sign = 1;
        if (val < 0) {
            sign = -1;
            val = -val; // Long.MIN_VALUE stays itself, whose unsigned value is the magnitude wanted
        }
        int hi = (int) (val >>> 32);
        if (hi == 0) {
            return new BigInteger(sign, new int[] {(int) val});
        }
        return new BigInteger(sign, new int[] {(int) val, hi});
    }

    // ---------------------------------------------------------------- magnitude helpers

    private static int compareMag(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
            }
        }
        return 0;
    }

    private static int[] trimmed(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) {
            n--;
        }
        if (n == a.length) {
            return a;
        }
        int[] t = new int[n];
        System.arraycopy(a, 0, t, 0, n);
        return t;
    }

    /** a + b, trimmed (the magnitude kernels are Rust natives: stdlib/src/natives/bigint.rs). */
    private static native int[] addMag(int[] a, int[] b);

    /** a - b for a >= b, trimmed. */
    private static native int[] subMag(int[] a, int[] b);

    /** a * b, trimmed: schoolbook below 40 words, Karatsuba above. */
    private static native int[] mulMag(int[] a, int[] b);

    /** {quotient, remainder} magnitudes, trimmed; b nonzero. Knuth's Algorithm D for multi-word divisors. */
    private static native int[][] divRemMag(int[] a, int[] b);

    /** a * 2^n, trimmed. */
    private static native int[] shiftLeftMag(int[] a, int n);

    /** floor(a / 2^n), trimmed. */
    private static native int[] shiftRightMag(int[] a, int n);

    /** The digits of a nonzero magnitude in the radix, after a '-' if signum is negative. */
    private static native String toRadixString(int signum, int[] mag, int radix);

    // ---------------------------------------------------------------- arithmetic

    /** this + val. */
    public BigInteger add(BigInteger val) {
        if (val.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return val;
        }
        if (signum == val.signum) {
            return new BigInteger(signum, addMag(mag, val.mag));
        }
        int c = compareMag(mag, val.mag);
        if (c == 0) {
            return ZERO;
        }
        return c > 0 ? new BigInteger(signum, subMag(mag, val.mag))
                : new BigInteger(val.signum, subMag(val.mag, mag));
    }

    /** this - val. */
    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    /** this * val. */
    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) {
            return ZERO;
        }
        return new BigInteger(signum * val.signum, mulMag(mag, val.mag));
    }

    private static void checkDivisor(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
    }

    /** this / val, truncated toward zero. */
    public BigInteger divide(BigInteger val) {
        checkDivisor(val);
        if (signum == 0) {
            return ZERO;
        }
        return of(signum * val.signum, divRemMag(mag, val.mag)[0]);
    }

    /** this % val, with the sign of this. */
    public BigInteger remainder(BigInteger val) {
        checkDivisor(val);
        if (signum == 0) {
            return ZERO;
        }
        return of(signum, divRemMag(mag, val.mag)[1]);
    }

    /** {this / val, this % val}. */
    public BigInteger[] divideAndRemainder(BigInteger val) {
        checkDivisor(val);
        if (signum == 0) {
            return new BigInteger[] {ZERO, ZERO};
        }
        int[][] qr = divRemMag(mag, val.mag);
        return new BigInteger[] {of(signum * val.signum, qr[0]), of(signum, qr[1])};
    }

    /** this mod m, always non-negative. */
    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }

    /** this to the power exponent. */
    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw new ArithmeticException("Negative exponent");
        }
        if (signum == 0) {
            return exponent == 0 ? ONE : this;
        }
        // A power of two is a shift.
        if (mag.length == 1 && (mag[0] & (mag[0] - 1)) == 0 && mag[0] != 0 && mag[0] > 0) {
            int k = Integer.numberOfTrailingZeros(mag[0]);
            BigInteger r = ONE.shiftLeft(k * exponent);
            return (signum < 0 && (exponent & 1) == 1) ? r.negate() : r;
        }
        BigInteger result = ONE;
        BigInteger base = this;
        int e = exponent;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = result.multiply(base);
            }
            e >>>= 1;
            if (e != 0) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    /** The integer square root, floor(sqrt(this)), by Newton's iteration from an estimate above the root. */
    public BigInteger sqrt() {
        if (signum < 0) {
            throw new ArithmeticException("Negative BigInteger");
        }
        if (signum == 0) {
            return ZERO;
        }
        if (bitLength() < 52) {
            long v = longValue();
            long s = (long) Math.sqrt((double) v);
            while (s * s > v) {
                s--;
            }
            while ((s + 1) * (s + 1) <= v) {
                s++;
            }
            return valueOf(s);
        }
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    /** {sqrt(), this - sqrt()^2}. */
    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    /** The greatest common divisor of |this| and |val|, by Euclid's algorithm (word-sized tail in longs). */
    public BigInteger gcd(BigInteger val) {
        BigInteger a = abs();
        BigInteger b = val.abs();
        while (b.signum != 0) {
            if (a.mag.length <= 2 && b.mag.length <= 2 && a.bitLength() < 64 && b.bitLength() < 64) {
                long x = a.longValue();
                long y = b.longValue();
                while (y != 0) {
                    long t = x % y;
                    x = y;
                    y = t;
                }
                return valueOf(x);
            }
            BigInteger t = a.remainder(b);
            a = b;
            b = t;
        }
        return a;
    }

    /** |this|. */
    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    /** -this. */
    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(-signum, mag);
    }

    /** -1, 0 or 1. */
    public int signum() {
        return signum;
    }

    /** this^exponent mod m, by left-to-right binary exponentiation; a negative exponent uses the inverse. */
    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (m.equals(ONE)) {
            return ZERO;
        }
        BigInteger base = this;
        if (exponent.signum < 0) {
            base = modInverse(m);
            exponent = exponent.negate();
        }
        base = base.mod(m);
        if (exponent.signum == 0) {
            return ONE;
        }
        BigInteger result = ONE;
        for (int i = exponent.bitLength() - 1; i >= 0; i--) {
            result = result.multiply(result).mod(m);
            if (exponent.testBit(i)) {
                result = result.multiply(base).mod(m);
            }
        }
        return result;
    }

    /** this^-1 mod m, by the extended Euclidean algorithm. */
    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (m.equals(ONE)) {
            return ZERO;
        }
        BigInteger a = mod(m);
        BigInteger b = m;
        BigInteger x0 = ONE;
        BigInteger x1 = ZERO;
        // Invariant: a == x0 * this (mod m), b == x1 * this (mod m).
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = t;
            a = b;
            b = qr[1];
        }
        if (!a.equals(ONE)) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return x0.mod(m);
    }

    /** The smaller of this and val (this when equal). */
    public BigInteger min(BigInteger val) {
        return compareTo(val) <= 0 ? this : val;
    }

    /** The larger of this and val (this when equal). */
    public BigInteger max(BigInteger val) {
        return compareTo(val) >= 0 ? this : val;
    }

    // ---------------------------------------------------------------- shifts and bits

    /** this * 2^n (a negative n shifts right). */
    public BigInteger shiftLeft(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return n == Integer.MIN_VALUE ? (signum > 0 ? ZERO : NEGATIVE_ONE) : shiftRight(-n);
        }
        return new BigInteger(signum, shiftLeftMag(mag, n));
    }

    /** floor(this / 2^n) (a negative n shifts left). */
    public BigInteger shiftRight(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return n == Integer.MIN_VALUE ? shiftLeft(Integer.MAX_VALUE).shiftLeft(1) : shiftLeft(-n);
        }
        if (signum > 0) {
            return of(1, shiftRightMag(mag, n));
        }
        // floor for negatives: x >> n == ~(~x >> n), and ~x == |x| - 1.
        BigInteger notX = new BigInteger(1, subMag(mag, new int[] {1}));
        return of(1, shiftRightMag(notX.mag, n)).not();
    }

    /** The words of this in two's complement, sign-extended to n words. */
    private int[] twos(int n) {
        int[] r = new int[n];
        System.arraycopy(mag, 0, r, 0, Math.min(n, mag.length));
        if (signum < 0) {
            // Negate: invert and add one.
            long carry = 1;
            for (int i = 0; i < n; i++) {
                long v = (~r[i] & MASK) + carry;
                r[i] = (int) v;
                carry = v >>> 32;
            }
        }
        return r;
    }

    private static BigInteger fromTwos(int[] w) {
        if (w.length == 0 || w[w.length - 1] >= 0) {
            return of(1, w);
        }
        int[] r = new int[w.length];
        long carry = 1;
        for (int i = 0; i < w.length; i++) {
            long v = (~w[i] & MASK) + carry;
            r[i] = (int) v;
            carry = v >>> 32;
        }
        return of(-1, r);
    }

    /** Words enough to hold this and val in two's complement with a sign bit. */
    private int bitwiseLength(BigInteger val) {
        return Math.max(bitLength(), val.bitLength()) / 32 + 1;
    }

    /** this &amp; val. */
    public BigInteger and(BigInteger val) {
        int n = bitwiseLength(val);
        int[] a = twos(n);
        int[] b = val.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] &= b[i];
        }
        return fromTwos(a);
    }

    /** this | val. */
    public BigInteger or(BigInteger val) {
        int n = bitwiseLength(val);
        int[] a = twos(n);
        int[] b = val.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] |= b[i];
        }
        return fromTwos(a);
    }

    /** this ^ val. */
    public BigInteger xor(BigInteger val) {
        int n = bitwiseLength(val);
        int[] a = twos(n);
        int[] b = val.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] ^= b[i];
        }
        return fromTwos(a);
    }

    /** this &amp; ~val. */
    public BigInteger andNot(BigInteger val) {
        int n = bitwiseLength(val);
        int[] a = twos(n);
        int[] b = val.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] &= ~b[i];
        }
        return fromTwos(a);
    }

    /** ~this, that is -this - 1. */
    public BigInteger not() {
        return negate().subtract(ONE);
    }

    /** Whether bit n of the two's-complement value is set. */
    public boolean testBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        if (signum >= 0) {
            return magBit(mag, n);
        }
        // Bit n of x is the complement of bit n of ~x == |x| - 1.
        return !magBit(subMag(mag, new int[] {1}), n);
    }

    private static boolean magBit(int[] m, int n) {
        int w = n >>> 5;
        return w < m.length && (m[w] & (1 << (n & 31))) != 0;
    }

    private BigInteger withBit(int n, int op) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        int words = Math.max(bitLength() + 1, n + 2) / 32 + 1;
        int[] w = twos(words);
        int bit = 1 << (n & 31);
        if (op == 0) {
            w[n >>> 5] |= bit;
        } else if (op == 1) {
            w[n >>> 5] &= ~bit;
        } else {
            w[n >>> 5] ^= bit;
        }
        return fromTwos(w);
    }

    /** this | (1 &lt;&lt; n). */
    public BigInteger setBit(int n) {
        return withBit(n, 0);
    }

    /** this &amp; ~(1 &lt;&lt; n). */
    public BigInteger clearBit(int n) {
        return withBit(n, 1);
    }

    /** this ^ (1 &lt;&lt; n). */
    public BigInteger flipBit(int n) {
        return withBit(n, 2);
    }

    /** The index of the lowest set bit, -1 for zero (the same for x and -x). */
    public int getLowestSetBit() {
        if (signum == 0) {
            return -1;
        }
        int i = 0;
        while (mag[i] == 0) {
            i++;
        }
        return i * 32 + Integer.numberOfTrailingZeros(mag[i]);
    }

    /** Bits in the minimal two's-complement representation, excluding the sign bit. */
    public int bitLength() {
        if (signum == 0) {
            return 0;
        }
        int top = mag.length - 1;
        int len = top * 32 + 32 - Integer.numberOfLeadingZeros(mag[top]);
        if (signum < 0) {
            // bitLength(x) == bitLength(~x) == bitLength(|x| - 1): one less exactly for powers of two.
            boolean pow2 = Integer.bitCount(mag[top]) == 1;
            for (int i = 0; pow2 && i < top; i++) {
                pow2 = mag[i] == 0;
            }
            if (pow2) {
                len--;
            }
        }
        return len;
    }

    /** Bits in the two's-complement representation that differ from the sign bit. */
    public int bitCount() {
        int[] m = signum < 0 ? subMag(mag, new int[] {1}) : mag;
        int c = 0;
        for (int w : m) {
            c += Integer.bitCount(w);
        }
        return c;
    }

    // ---------------------------------------------------------------- primes

    private static final int[] SMALL_PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59,
        61, 67, 71, 73, 79, 83, 89, 97};

    /**
     * Whether this is probably prime. Trial division by small primes, then Miller-Rabin with the first
     * prime bases: the first twelve bases decide every number below 2^64 exactly, and larger numbers get
     * at least certainty/2 rounds.
     */
    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) {
            return true;
        }
        BigInteger n = abs();
        if (n.bitLength() <= 31) {
            int v = n.intValue();
            if (v < 2) {
                return false;
            }
            for (int p : SMALL_PRIMES) {
                if (v == p) {
                    return true;
                }
                if (v % p == 0) {
                    return false;
                }
            }
            if (v < 97 * 97) {
                return true;
            }
        } else {
            for (int p : SMALL_PRIMES) {
                if (n.remainderWord(p) == 0) {
                    return false;
                }
            }
        }
        int rounds = n.bitLength() <= 64 ? 12 : Math.min(SMALL_PRIMES.length, Math.max(12, (certainty + 1) / 2));
        BigInteger nm1 = n.subtract(ONE);
        int s = nm1.getLowestSetBit();
        BigInteger d = nm1.shiftRight(s);
        for (int i = 0; i < rounds; i++) {
            BigInteger a = valueOf(SMALL_PRIMES[i]);
            if (!millerRabinPasses(n, nm1, d, s, a)) {
                return false;
            }
        }
        return true;
    }

    private static boolean millerRabinPasses(BigInteger n, BigInteger nm1, BigInteger d, int s, BigInteger a) {
        BigInteger x = a.modPow(d, n);
        if (x.equals(ONE) || x.equals(nm1)) {
            return true;
        }
        for (int r = 1; r < s; r++) {
            x = x.multiply(x).mod(n);
            if (x.equals(nm1)) {
                return true;
            }
            if (x.equals(ONE)) {
                return false;
            }
        }
        return false;
    }

    /** |this| mod a small positive int. */
    private int remainderWord(int d) {
        long rem = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            rem = ((rem << 32) | (mag[i] & MASK)) % d;
        }
        return (int) rem;
    }

    /** The first integer above this that is probably prime (never skipping a prime). */
    public BigInteger nextProbablePrime() {
        if (signum < 0) {
            throw new ArithmeticException("start < 0: " + this);
        }
        if (compareTo(TWO) < 0) {
            return TWO;
        }
        BigInteger c = add(ONE);
        if (!c.testBit(0)) {
            c = c.add(ONE);
        }
        while (!c.isProbablePrime(100)) {
            c = c.add(TWO);
        }
        return c;
    }

    // ---------------------------------------------------------------- comparison

    /** Numerical comparison. */
    public int compareTo(BigInteger val) {
        if (signum != val.signum) {
            return signum < val.signum ? -1 : 1;
        }
        int c = compareMag(mag, val.mag);
        return signum >= 0 ? c : -c;
    }

    /** Numerical equality with another BigInteger. */
    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigInteger)) {
            return false;
        }
        BigInteger o = (BigInteger) x;
        if (o.signum != signum || o.mag.length != mag.length) {
            return false;
        }
        for (int i = 0; i < mag.length; i++) {
            if (mag[i] != o.mag[i]) {
                return false;
            }
        }
        return true;
    }

    /** 31-polynomial over the magnitude's words from the most significant, times the sign (as HotSpot). */
    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            h = 31 * h + mag[i];
        }
        return h * signum;
    }

    // ---------------------------------------------------------------- conversions

    /** The decimal representation. */
    public String toString() {
        return toString(10);
    }

    /**
     * The representation in the given radix (10 when out of range). Repeatedly divides by the largest power
     * of the radix that fits in an int and renders each remainder as a fixed-width chunk.
     */
    public String toString(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (signum == 0) {
            return "0";
        }
        if (mag.length <= 2 && bitLength() < 64) {
            return Long.toString(longValue(), radix);
        }
        return toRadixString(signum, mag, radix);
    }

    /** The minimal big-endian two's-complement bytes (at least one). */
    public byte[] toByteArray() {
        int byteLen = bitLength() / 8 + 1;
        int[] w = twos((byteLen + 3) / 4);
        byte[] r = new byte[byteLen];
        for (int i = 0; i < byteLen; i++) {
            r[byteLen - 1 - i] = (byte) (w[i >> 2] >>> ((i & 3) * 8));
        }
        return r;
    }

    /** The low 32 bits of the two's-complement value. */
    public int intValue() {
        int lo = mag.length == 0 ? 0 : mag[0];
        return signum < 0 ? -lo : lo;
    }

    /** The low 64 bits of the two's-complement value. */
    public long longValue() {
        long v = 0;
        if (mag.length > 0) {
            v = mag[0] & MASK;
        }
        if (mag.length > 1) {
            v |= (long) mag[1] << 32;
        }
        return signum < 0 ? -v : v;
    }

    /** The value rounded to the nearest float (ties to even). */
    public float floatValue() {
        if (signum == 0) {
            return 0.0f;
        }
        return (float) roundBinary(mag, 0, false, signum < 0, true);
    }

    /** The value rounded to the nearest double (ties to even). */
    public double doubleValue() {
        if (signum == 0) {
            return 0.0;
        }
        if (mag.length <= 2 && bitLength() < 63) {
            return (double) longValue();
        }
        return roundBinary(mag, 0, false, signum < 0, false);
    }

    /**
     * The positive magnitude m * 2^exp2 (plus a nonzero fraction below its last bit when sticky) correctly
     * rounded to a double, or to a float when asFloat, including subnormal results and overflow to infinity.
     */
    static double roundBinary(int[] m, int exp2, boolean sticky, boolean negative, boolean asFloat) {
        int mantBits = asFloat ? 24 : 53;
        int minExp = asFloat ? -149 : -1074; // exponent of the smallest subnormal's ulp
        int maxExp = asFloat ? 128 : 1024;    // values >= 2^maxExp overflow
        int top = m.length - 1;
        int len = top * 32 + 32 - Integer.numberOfLeadingZeros(m[top]);
        long e = (long) len + exp2; // value in [2^(e-1), 2^e)
        long keep = Math.min(mantBits, e - minExp);
        double sign = negative ? -1.0 : 1.0;
        if (keep < 0) {
            return asFloat ? (double) (negative ? -0.0f : 0.0f) : sign * 0.0;
        }
        int shift = (int) (len - keep);
        long q;
        boolean half;
        boolean rest;
        if (shift <= 0) {
            q = magLow64(m, 0) << -shift;
            half = false;
            rest = sticky;
        } else {
            q = magLow64(m, shift);
            half = magBit(m, shift - 1);
            rest = sticky || anyBitBelow(m, shift - 1);
        }
        if (half && (rest || (q & 1) != 0)) {
            q++;
        }
        long exp = (long) exp2 + shift; // value == q * 2^exp
        if (q >= (1L << mantBits)) {
            q >>>= 1;
            exp++;
        }
        if (q == 0) {
            return asFloat ? (double) (negative ? -0.0f : 0.0f) : sign * 0.0;
        }
        if (exp + 64 - Long.numberOfLeadingZeros(q) > maxExp) {
            return asFloat ? (double) (negative ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY)
                    : sign * Double.POSITIVE_INFINITY;
        }
        if (asFloat) {
            int bits;
            if (exp == minExp && q < (1L << 23)) {
                bits = (int) q;
            } else {
                bits = (int) (((exp + 23 + 127) << 23) | (q & ((1L << 23) - 1)));
            }
            float f = Float.intBitsToFloat(bits);
            return negative ? -f : f;
        }
        long bits;
        if (exp == minExp && q < (1L << 52)) {
            bits = q;
        } else {
            bits = ((exp + 52 + 1023) << 52) | (q & ((1L << 52) - 1));
        }
        double d = Double.longBitsToDouble(bits);
        return negative ? -d : d;
    }

    /** The 64 bits of m starting at bit position from. */
    private static long magLow64(int[] m, int from) {
        long r = 0;
        for (int b = 0; b < 64; b += 32) {
            int pos = from + b;
            int w = pos >>> 5;
            int s = pos & 31;
            long word = 0;
            if (w < m.length) {
                word = (m[w] & MASK) >>> s;
                if (s != 0 && w + 1 < m.length) {
                    word |= ((long) m[w + 1] << (32 - s)) & MASK;
                }
            }
            r |= (word & MASK) << b;
        }
        return r;
    }

    private static boolean anyBitBelow(int[] m, int n) {
        int w = n >>> 5;
        for (int i = 0; i < w && i < m.length; i++) {
            if (m[i] != 0) {
                return true;
            }
        }
        return w < m.length && (m[w] & ((1 << (n & 31)) - 1)) != 0;
    }

    /** The value as a long, or ArithmeticException if it does not fit. */
    public long longValueExact() {
        if (bitLength() <= 63) {
            return longValue();
        }
        throw new ArithmeticException("BigInteger out of long range");
    }

    /** The value as an int, or ArithmeticException if it does not fit. */
    public int intValueExact() {
        if (bitLength() <= 31) {
            return intValue();
        }
        throw new ArithmeticException("BigInteger out of int range");
    }

    /** The value as a short, or ArithmeticException if it does not fit. */
    public short shortValueExact() {
        if (bitLength() <= 31) {
            int v = intValue();
            if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                return (short) v;
            }
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    /** The value as a byte, or ArithmeticException if it does not fit. */
    public byte byteValueExact() {
        if (bitLength() <= 31) {
            int v = intValue();
            if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                return (byte) v;
            }
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }
}
