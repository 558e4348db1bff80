package java.lang;

/**
 * The growable character buffer shared by {@link StringBuilder} and {@link StringBuffer}. Capacity grows to
 * {@code 2 * old + 2} (or what is needed, if more), as HotSpot's does, so {@code capacity()} agrees.
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    /** The characters; the first {@code count} are used. */
    char[] value;
    /** The number of characters used. */
    int count;

    AbstractStringBuilder(int capacity) {
        if (capacity < 0) {
            throw new NegativeArraySizeException(Integer.toString(capacity));
        }
        value = new char[capacity];
    }

    AbstractStringBuilder(String str) {
        int n = str.length();
        value = new char[n + 16 < 0 ? Integer.MAX_VALUE - 8 : n + 16];
        str.getChars(0, n, value, 0);
        count = n;
    }

    AbstractStringBuilder(CharSequence seq) {
        this(seq.length() + 16);
        append(seq);
    }

    /** A new array of exactly the used characters. */
    char[] copyChars() {
        char[] r = new char[count];
        System.arraycopy(value, 0, r, 0, count);
        return r;
    }

    /** The number of characters. */
    public int length() {
        return count;
    }

    /** The current capacity. */
    public int capacity() {
        return value.length;
    }

    /** Grows the capacity to at least {@code minimumCapacity}. */
    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > value.length) {
            grow(minimumCapacity);
        }
    }

    private void grow(int minimum) {
        int capacity = value.length * 2 + 2;
        if (capacity - minimum < 0) {
            capacity = minimum;
        }
        if (capacity < 0 || capacity > Integer.MAX_VALUE - 8) {
            if (minimum < 0) {
                throw new OutOfMemoryError("Required length exceeds implementation limit");
            }
            capacity = minimum > Integer.MAX_VALUE - 8 ? minimum : Integer.MAX_VALUE - 8;
        }
        char[] v = new char[capacity];
        System.arraycopy(value, 0, v, 0, count);
        value = v;
    }

    private void ensureRoom(int extra) {
        int needed = count + extra;
        if (needed < 0) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        if (needed > value.length) {
            grow(needed);
        }
    }

    /** Shrinks the capacity to the length. */
    public void trimToSize() {
        if (count < value.length) {
            value = copyChars();
        }
    }

    /** Truncates, or pads with {@code '\0'}, to {@code newLength}. */
    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacity(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = '\0';
        }
        count = newLength;
    }

    /** The character at {@code index}. */
    public char charAt(int index) {
        String.checkIndex(index, count);
        return value[index];
    }

    /** The code point at {@code index}. */
    public int codePointAt(int index) {
        String.checkIndex(index, count);
        return Character.codePointAt(value, index, count);
    }

    /** The code point before {@code index}. */
    public int codePointBefore(int index) {
        String.checkIndex(index - 1, count);
        return Character.codePointBefore(value, index, 0);
    }

    /** The number of code points in {@code [beginIndex, endIndex)}. */
    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    /** The index {@code codePointOffset} code points away from {@code index}. */
    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    /** Copies {@code [srcBegin, srcEnd)} into {@code dst} at {@code dstBegin}. */
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRange(srcBegin, srcEnd, count);
        if (dstBegin < 0 || dstBegin > dst.length - (srcEnd - srcBegin)) {
            throw new IndexOutOfBoundsException("start " + dstBegin + ", end " + (dstBegin + srcEnd - srcBegin)
                    + ", length " + dst.length);
        }
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /** Replaces the character at {@code index}. */
    public void setCharAt(int index, char ch) {
        String.checkIndex(index, count);
        value[index] = ch;
    }

    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    private static void checkRangeIOOBE(int start, int end, int length) {
        if (start < 0 || start > end || end > length) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
        }
    }

    private static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }

    // ---------------------------------------------------------------- append

    /** Appends {@code String.valueOf(obj)}. */
    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    /** Appends {@code str} ({@code "null"} if null). */
    public AbstractStringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        int n = str.length();
        ensureRoom(n);
        str.getChars(0, n, value, count);
        count += n;
        return this;
    }

    /** Appends the contents of {@code sb} ({@code "null"} if null). */
    public AbstractStringBuilder append(StringBuffer sb) {
        return append((CharSequence) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null) {
            return appendNull();
        }
        int n = asb.length();
        ensureRoom(n);
        asb.getChars(0, n, value, count);
        count += n;
        return this;
    }

    private AbstractStringBuilder appendNull() {
        ensureRoom(4);
        value[count++] = 'n';
        value[count++] = 'u';
        value[count++] = 'l';
        value[count++] = 'l';
        return this;
    }

    /** Appends {@code s} ({@code "null"} if null). */
    @Override
    public AbstractStringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        if (s instanceof AbstractStringBuilder) {
            return append((AbstractStringBuilder) s);
        }
        return append(s, 0, s.length());
    }

    /** Appends {@code s[start, end)} ({@code "null"} stands for a null {@code s}). */
    @Override
    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkRangeIOOBE(start, end, s.length());
        ensureRoom(end - start);
        for (int i = start; i < end; i++) {
            value[count++] = s.charAt(i);
        }
        return this;
    }

    /** Appends the characters of {@code str}. */
    public AbstractStringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    /** Appends {@code len} characters of {@code str} from {@code offset}. */
    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        checkRangeIOOBE(offset, end, str.length);
        ensureRoom(len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    /** Appends {@code "true"} or {@code "false"}. */
    public AbstractStringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    /** Appends one character. */
    @Override
    public AbstractStringBuilder append(char c) {
        ensureRoom(1);
        value[count++] = c;
        return this;
    }

    /** Appends the decimal form of {@code i}. */
    public AbstractStringBuilder append(int i) {
        int n = Integer.stringSize(i);
        ensureRoom(n);
        count += n;
        Integer.getChars(i, count, value);
        return this;
    }

    /** Appends the decimal form of {@code l}. */
    public AbstractStringBuilder append(long l) {
        int n = Long.stringSize(l);
        ensureRoom(n);
        count += n;
        Long.getChars(l, count, value);
        return this;
    }

    /** Appends {@link Float#toString(float)}. */
    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    /** Appends {@link Double#toString(double)}. */
    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    /** Appends one code point (two characters if supplementary). */
    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        }
        ensureRoom(2);
        value[count++] = Character.highSurrogate(codePoint);
        value[count++] = Character.lowSurrogate(codePoint);
        return this;
    }

    // ---------------------------------------------------------------- delete, replace, insert

    /** Removes {@code [start, end)} ({@code end} clamped to the length). */
    public AbstractStringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        checkRange(start, end, count);
        int n = end - start;
        if (n > 0) {
            System.arraycopy(value, end, value, start, count - end);
            count -= n;
        }
        return this;
    }

    /** Removes the character at {@code index}. */
    public AbstractStringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    /** Replaces {@code [start, end)} ({@code end} clamped to the length) with {@code str}. */
    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count) {
            end = count;
        }
        checkRange(start, end, count);
        int n = str.length();
        int newCount = count + n - (end - start);
        ensureCapacity(newCount);
        System.arraycopy(value, end, value, start + n, count - end);
        str.getChars(0, n, value, start);
        count = newCount;
        return this;
    }

    private void openGap(int offset, int n) {
        ensureRoom(n);
        System.arraycopy(value, offset, value, offset + n, count - offset);
        count += n;
    }

    /** Inserts {@code len} characters of {@code str} from {@code offset} at {@code index}. */
    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        checkOffset(index, count);
        checkRange(offset, offset + len, str.length);
        openGap(index, len);
        System.arraycopy(str, offset, value, index, len);
        return this;
    }

    /** Inserts {@code String.valueOf(obj)} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    /** Inserts {@code str} ({@code "null"} if null) at {@code offset}. */
    public AbstractStringBuilder insert(int offset, String str) {
        checkOffset(offset, count);
        if (str == null) {
            str = "null";
        }
        int n = str.length();
        openGap(offset, n);
        str.getChars(0, n, value, offset);
        return this;
    }

    /** Inserts the characters of {@code str} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, char[] str) {
        checkOffset(offset, count);
        openGap(offset, str.length);
        System.arraycopy(str, 0, value, offset, str.length);
        return this;
    }

    /** Inserts {@code s} ({@code "null"} if null) at {@code dstOffset}. */
    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) {
            s = "null";
        }
        return insert(dstOffset, s, 0, s.length());
    }

    /** Inserts {@code s[start, end)} at {@code dstOffset}. */
    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        checkOffset(dstOffset, count);
        checkRangeIOOBE(start, end, s.length());
        openGap(dstOffset, end - start);
        for (int i = start; i < end; i++) {
            value[dstOffset++] = s.charAt(i);
        }
        return this;
    }

    /** Inserts {@code "true"} or {@code "false"} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    /** Inserts one character at {@code offset}. */
    public AbstractStringBuilder insert(int offset, char c) {
        checkOffset(offset, count);
        openGap(offset, 1);
        value[offset] = c;
        return this;
    }

    /** Inserts the decimal form of {@code i} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    /** Inserts the decimal form of {@code l} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    /** Inserts {@link Float#toString(float)} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    /** Inserts {@link Double#toString(double)} at {@code offset}. */
    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    // ---------------------------------------------------------------- search and the rest

    /** The first index of {@code str}, or -1. */
    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    /** The first index at or after {@code fromIndex} of {@code str}, or -1. */
    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str.rawValue(), fromIndex);
    }

    /** The last index of {@code str}, or -1. */
    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    /** The last index at or before {@code fromIndex} of {@code str}, or -1. */
    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str.rawValue(), fromIndex);
    }

    /** Reverses the characters, keeping surrogate pairs in order. */
    public AbstractStringBuilder reverse() {
        boolean surrogates = false;
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char a = value[i];
            char b = value[j];
            value[i] = b;
            value[j] = a;
            if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
                surrogates = true;
            }
        }
        if (count == 1 && Character.isSurrogate(value[0])) {
            surrogates = true;
        }
        if (surrogates) {
            for (int i = 0; i < count - 1; i++) {
                if (Character.isLowSurrogate(value[i]) && Character.isHighSurrogate(value[i + 1])) {
                    char t = value[i];
                    value[i] = value[i + 1];
                    value[i + 1] = t;
                    i++;
                }
            }
        }
        return this;
    }

    /** The characters from {@code start} to the end. */
    public String substring(int start) {
        return substring(start, count);
    }

    /** The characters of {@code [start, end)}. */
    public String substring(int start, int end) {
        checkRange(start, end, count);
        return new String(value, start, end - start);
    }

    /** Same as {@link #substring(int, int)}. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    int compareChars(AbstractStringBuilder other) {
        if (this == other) {
            return 0;
        }
        int n = Math.min(count, other.count);
        for (int i = 0; i < n; i++) {
            if (value[i] != other.value[i]) {
                return value[i] - other.value[i];
            }
        }
        return count - other.count;
    }

    /** The characters as a String. */
    @Override
    public abstract String toString();
}
