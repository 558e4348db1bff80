package java.util;

import java.util.stream.IntStream;

/**
 * A growable vector of bits stored in 64-bit words, with the set operations, searches ({@code nextSetBit} and
 * friends), conversions to and from {@code long[]} and {@code byte[]} (little-endian) and {@code toString} in the
 * form {@code {1, 3}}. Storage grows to the larger of twice the current words and the words required, so
 * {@link #size} reports what HotSpot reports.
 */
public class BitSet implements Cloneable, java.io.Serializable {
    private long[] words;
    private int wordsInUse;
    private boolean sizeIsSticky;

    /** An empty set of 64 bits. */
    public BitSet() {
        words = new long[1];
    }

    /** An empty set with room for {@code nbits} bits. */
    public BitSet(int nbits) {
        if (nbits < 0) {
            throw new NegativeArraySizeException("nbits < 0: " + nbits);
        }
        words = new long[wordIndex(nbits - 1) + 1];
        sizeIsSticky = true;
    }

    private BitSet(long[] words) {
        this.words = words;
        this.wordsInUse = words.length;
        recalc();
    }

    private static int wordIndex(int bitIndex) {
        return bitIndex >> 6;
    }

    private void recalc() {
        int i = wordsInUse - 1;
        while (i >= 0 && words[i] == 0) {
            i--;
        }
        wordsInUse = i + 1;
    }

    /** A set holding the bits of {@code longs} (bit {@code n} is bit {@code n%64} of word {@code n/64}). */
    public static BitSet valueOf(long[] longs) {
        int n = longs.length;
        while (n > 0 && longs[n - 1] == 0) {
            n--;
        }
        return new BitSet(Arrays.copyOf(longs, n));
    }

    /** A set holding the bits of {@code bytes} (little-endian). */
    public static BitSet valueOf(byte[] bytes) {
        int n = bytes.length;
        while (n > 0 && bytes[n - 1] == 0) {
            n--;
        }
        long[] w = new long[(n + 7) / 8];
        for (int i = 0; i < n; i++) {
            w[i >> 3] |= (bytes[i] & 0xFFL) << (8 * (i & 7));
        }
        return new BitSet(w);
    }

    /** The bits as little-endian bytes, as long as {@code (length() + 7) / 8}. */
    public byte[] toByteArray() {
        int n = (length() + 7) / 8;
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (words[i >> 3] >>> (8 * (i & 7)));
        }
        return b;
    }

    /** The words in use. */
    public long[] toLongArray() {
        return Arrays.copyOf(words, wordsInUse);
    }

    private void ensureCapacity(int wordsRequired) {
        if (words.length < wordsRequired) {
            int request = Math.max(2 * words.length, wordsRequired);
            words = Arrays.copyOf(words, request);
            sizeIsSticky = false;
        }
    }

    private void expandTo(int wordIndex) {
        int required = wordIndex + 1;
        if (wordsInUse < required) {
            ensureCapacity(required);
            wordsInUse = required;
        }
    }

    private static void checkIndex(int bitIndex) {
        if (bitIndex < 0) {
            throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        }
    }

    private static void checkRange(int fromIndex, int toIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        if (toIndex < 0) {
            throw new IndexOutOfBoundsException("toIndex < 0: " + toIndex);
        }
        if (fromIndex > toIndex) {
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + " > toIndex: " + toIndex);
        }
    }

    /** Flips bit {@code bitIndex}. */
    public void flip(int bitIndex) {
        checkIndex(bitIndex);
        int w = wordIndex(bitIndex);
        expandTo(w);
        words[w] ^= 1L << bitIndex;
        recalc();
    }

    /** Flips the bits {@code [fromIndex, toIndex)}. */
    public void flip(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        expandTo(wordIndex(toIndex - 1));
        for (int i = fromIndex; i < toIndex; i++) {
            words[i >> 6] ^= 1L << i;
        }
        recalc();
    }

    /** Sets bit {@code bitIndex}. */
    public void set(int bitIndex) {
        checkIndex(bitIndex);
        int w = wordIndex(bitIndex);
        expandTo(w);
        words[w] |= 1L << bitIndex;
    }

    /** Sets bit {@code bitIndex} to {@code value}. */
    public void set(int bitIndex, boolean value) {
        if (value) {
            set(bitIndex);
        } else {
            clear(bitIndex);
        }
    }

    /** Sets the bits {@code [fromIndex, toIndex)}. */
    public void set(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) {
            return;
        }
        expandTo(wordIndex(toIndex - 1));
        for (int i = fromIndex; i < toIndex; i++) {
            words[i >> 6] |= 1L << i;
        }
    }

    /** Sets the bits {@code [fromIndex, toIndex)} to {@code value}. */
    public void set(int fromIndex, int toIndex, boolean value) {
        if (value) {
            set(fromIndex, toIndex);
        } else {
            clear(fromIndex, toIndex);
        }
    }

    /** Clears bit {@code bitIndex}. */
    public void clear(int bitIndex) {
        checkIndex(bitIndex);
        int w = wordIndex(bitIndex);
        if (w >= wordsInUse) {
            return;
        }
        words[w] &= ~(1L << bitIndex);
        recalc();
    }

    /** Clears the bits {@code [fromIndex, toIndex)}. */
    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int limit = Math.min(toIndex, wordsInUse * 64);
        for (int i = fromIndex; i < limit; i++) {
            words[i >> 6] &= ~(1L << i);
        }
        recalc();
    }

    /** Clears every bit. */
    public void clear() {
        while (wordsInUse > 0) {
            words[--wordsInUse] = 0;
        }
    }

    /** Whether bit {@code bitIndex} is set. */
    public boolean get(int bitIndex) {
        checkIndex(bitIndex);
        int w = wordIndex(bitIndex);
        return w < wordsInUse && (words[w] & (1L << bitIndex)) != 0;
    }

    /** A new set holding bits {@code [fromIndex, toIndex)} of this one, shifted down to 0. */
    public BitSet get(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int len = length();
        if (len <= fromIndex || fromIndex == toIndex) {
            return new BitSet(0);
        }
        if (toIndex > len) {
            toIndex = len;
        }
        BitSet r = new BitSet(toIndex - fromIndex);
        for (int i = nextSetBit(fromIndex); i >= 0 && i < toIndex; i = nextSetBit(i + 1)) {
            int j = i - fromIndex;
            r.words[j >> 6] |= 1L << j;
        }
        r.wordsInUse = r.words.length;
        r.recalc();
        return r;
    }

    /** The first set bit at or after {@code fromIndex}, or -1. */
    public int nextSetBit(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return -1;
        }
        long word = words[u] & (-1L << fromIndex);
        while (true) {
            if (word != 0) {
                return u * 64 + Long.numberOfTrailingZeros(word);
            }
            if (++u == wordsInUse) {
                return -1;
            }
            word = words[u];
        }
    }

    /** The first clear bit at or after {@code fromIndex}. */
    public int nextClearBit(int fromIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        }
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) {
            return fromIndex;
        }
        long word = ~words[u] & (-1L << fromIndex);
        while (true) {
            if (word != 0) {
                return u * 64 + Long.numberOfTrailingZeros(word);
            }
            if (++u == wordsInUse) {
                return wordsInUse * 64;
            }
            word = ~words[u];
        }
    }

    /** The last set bit at or before {@code fromIndex}, or -1. */
    public int previousSetBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) {
                return -1;
            }
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        for (int i = Math.min(fromIndex, wordsInUse * 64 - 1); i >= 0; i--) {
            if ((words[i >> 6] & (1L << i)) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last clear bit at or before {@code fromIndex}, or -1. */
    public int previousClearBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) {
                return -1;
            }
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        for (int i = fromIndex; i >= 0; i--) {
            if (!get(i)) {
                return i;
            }
        }
        return -1;
    }

    /** One more than the highest set bit, or 0. */
    public int length() {
        if (wordsInUse == 0) {
            return 0;
        }
        return 64 * (wordsInUse - 1) + (64 - Long.numberOfLeadingZeros(words[wordsInUse - 1]));
    }

    /** Whether no bit is set. */
    public boolean isEmpty() {
        return wordsInUse == 0;
    }

    /** Whether some bit is set in both sets. */
    public boolean intersects(BitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) {
            if ((words[i] & set.words[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The number of set bits. */
    public int cardinality() {
        int sum = 0;
        for (int i = 0; i < wordsInUse; i++) {
            sum += Long.bitCount(words[i]);
        }
        return sum;
    }

    /** Keeps only the bits also set in {@code set}. */
    public void and(BitSet set) {
        if (this == set) {
            return;
        }
        while (wordsInUse > set.wordsInUse) {
            words[--wordsInUse] = 0;
        }
        for (int i = 0; i < wordsInUse; i++) {
            words[i] &= set.words[i];
        }
        recalc();
    }

    /** Adds the bits set in {@code set}. */
    public void or(BitSet set) {
        if (this == set) {
            return;
        }
        if (wordsInUse < set.wordsInUse) {
            ensureCapacity(set.wordsInUse);
            wordsInUse = set.wordsInUse;
        }
        for (int i = 0; i < set.wordsInUse; i++) {
            words[i] |= set.words[i];
        }
    }

    /** Flips the bits set in {@code set}. */
    public void xor(BitSet set) {
        if (wordsInUse < set.wordsInUse) {
            ensureCapacity(set.wordsInUse);
            wordsInUse = set.wordsInUse;
        }
        for (int i = 0; i < set.wordsInUse; i++) {
            words[i] ^= set.words[i];
        }
        recalc();
    }

    /** Clears the bits set in {@code set}. */
    public void andNot(BitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) {
            words[i] &= ~set.words[i];
        }
        recalc();
    }

    @Override
    public int hashCode() {
        long h = 1234;
        for (int i = wordsInUse; --i >= 0;) {
            h ^= words[i] * (i + 1);
        }
        return (int) ((h >> 32) ^ h);
    }

    /** The number of bits of storage. */
    public int size() {
        return words.length * 64;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof BitSet)) {
            return false;
        }
        if (this == obj) {
            return true;
        }
        BitSet set = (BitSet) obj;
        if (wordsInUse != set.wordsInUse) {
            return false;
        }
        for (int i = 0; i < wordsInUse; i++) {
            if (words[i] != set.words[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object clone() {
        long[] w = sizeIsSticky ? words.clone() : Arrays.copyOf(words, wordsInUse);
        BitSet r = new BitSet(w);
        r.sizeIsSticky = sizeIsSticky;
        return r;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        int i = nextSetBit(0);
        if (i != -1) {
            b.append(i);
            while (true) {
                if (++i < 0) {
                    break;
                }
                if ((i = nextSetBit(i)) < 0) {
                    break;
                }
                b.append(", ").append(i);
            }
        }
        return b.append('}').toString();
    }

    /** The indices of the set bits, in increasing order. */
    public IntStream stream() {
        int[] a = new int[cardinality()];
        int k = 0;
        for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) {
            a[k++] = i;
        }
        return IntStream.of(a);
    }
}
