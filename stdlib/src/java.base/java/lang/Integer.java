package java.lang;

/**
 * The box of {@code int}, with parsing and formatting in every radix and the bit utilities.
 * {@link #valueOf(int)} returns cached boxes for -128..127, as HotSpot does by default.
 */
public final class Integer extends Number implements Comparable<Integer> {
    /** The smallest int, -2<sup>31</sup>. */
    public static final int MIN_VALUE = 0x80000000;
    /** The largest int, 2<sup>31</sup>-1. */
    public static final int MAX_VALUE = 0x7fffffff;
    /** The mirror of {@code int}. */
    @SuppressWarnings("unchecked")
    public static final Class<Integer> TYPE = (Class<Integer>) Class.getPrimitiveClass("int");
    /** Bits in an int. */
    public static final int SIZE = 32;
    /** Bytes in an int. */
    public static final int BYTES = 4;

    /** Digit characters for every radix up to 36. */
    static final char[] DIGITS = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h',
        'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'
    };

    private static final Integer[] CACHE = new Integer[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Integer(i - 128);
        }
    }

    private final int value;

    /** A new box; prefer {@link #valueOf(int)}. */
    @Deprecated(since = "9")
    public Integer(int value) {
        this.value = value;
    }

    /** A new box of the parsed value; prefer {@link #valueOf(String)}. */
    @Deprecated(since = "9")
    public Integer(String s) throws NumberFormatException {
        this.value = parseInt(s, 10);
    }

    // ---------------------------------------------------------------- formatting

    /** Decimal digits needed for {@code x}, with a minus sign if negative. */
    static int stringSize(int x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        int p = -10;
        for (int i = 1; i < 10; i++) {
            if (x > p) {
                return i + d;
            }
            p = 10 * p;
        }
        return 10 + d;
    }

    /** Writes the decimal form of {@code i} into {@code buf}, ending just before {@code end}. */
    static void getChars(int i, int end, char[] buf) {
        boolean negative = i < 0;
        if (!negative) {
            i = -i;
        }
        int pos = end;
        do {
            int q = i / 10;
            buf[--pos] = (char) ('0' + (q * 10 - i));
            i = q;
        } while (i != 0);
        if (negative) {
            buf[--pos] = '-';
        }
    }

    /** The decimal form of {@code i}. */
    public static String toString(int i) {
        int n = stringSize(i);
        char[] buf = new char[n];
        getChars(i, n, buf);
        return new String(buf, true);
    }

    /** The form of {@code i} in {@code radix} (radix 10 if out of range), lower-case digits, with a minus sign. */
    public static String toString(int i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (radix == 10) {
            return toString(i);
        }
        char[] buf = new char[33];
        boolean negative = i < 0;
        if (!negative) {
            i = -i;
        }
        int pos = 33;
        while (i <= -radix) {
            buf[--pos] = DIGITS[-(i % radix)];
            i = i / radix;
        }
        buf[--pos] = DIGITS[-i];
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, 33 - pos);
    }

    /** The unsigned value of {@code i} in {@code radix}. */
    public static String toUnsignedString(int i, int radix) {
        return Long.toString(toUnsignedLong(i), radix);
    }

    /** The unsigned decimal value of {@code i}. */
    public static String toUnsignedString(int i) {
        return Long.toString(toUnsignedLong(i));
    }

    private static String toUnsignedPowerOfTwo(int i, int shift) {
        char[] buf = new char[32];
        int pos = 32;
        int mask = (1 << shift) - 1;
        do {
            buf[--pos] = DIGITS[i & mask];
            i >>>= shift;
        } while (i != 0);
        return new String(buf, pos, 32 - pos);
    }

    /** The unsigned value of {@code i} in base 16, lower case, no leading zeros. */
    public static String toHexString(int i) {
        return toUnsignedPowerOfTwo(i, 4);
    }

    /** The unsigned value of {@code i} in base 8. */
    public static String toOctalString(int i) {
        return toUnsignedPowerOfTwo(i, 3);
    }

    /** The unsigned value of {@code i} in base 2. */
    public static String toBinaryString(int i) {
        return toUnsignedPowerOfTwo(i, 1);
    }

    // ---------------------------------------------------------------- parsing

    static void checkRadix(int radix) {
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    /** Parses a signed integer in {@code radix}; an optional leading {@code -} or {@code +}. */
    public static int parseInt(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        checkRadix(radix);
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i = 1;
            if (len == 1) {
                throw NumberFormatException.forInputString(s, radix);
            }
        }
        // Accumulate negatively: the negative range is one larger.
        int limit = negative ? MIN_VALUE : -MAX_VALUE;
        int multLimit = limit / radix;
        int result = 0;
        for (; i < len; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multLimit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw NumberFormatException.forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** Parses a signed decimal integer. */
    public static int parseInt(String s) throws NumberFormatException {
        return parseInt(s, 10);
    }

    /** Parses an unsigned integer in {@code radix}. */
    public static int parseUnsignedInt(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        int len = s.length();
        if (len > 0 && s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 5 || (radix == 10 && len <= 9)) {
            return parseInt(s, radix);
        }
        long value = Long.parseLong(s, radix);
        if ((value & 0xffffffff00000000L) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) value;
    }

    /** Parses an unsigned decimal integer. */
    public static int parseUnsignedInt(String s) throws NumberFormatException {
        return parseUnsignedInt(s, 10);
    }

    /** The box of {@code parseInt(s, radix)}. */
    public static Integer valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseInt(s, radix));
    }

    /** The box of {@code parseInt(s)}. */
    public static Integer valueOf(String s) throws NumberFormatException {
        return valueOf(parseInt(s, 10));
    }

    /** The box of {@code i}: the same object for the same value in -128..127. */
    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127) {
            return CACHE[i + 128];
        }
        return new Integer(i);
    }

    /** Parses decimal, {@code 0x}/{@code 0X}/{@code #} hexadecimal or {@code 0} octal, with optional sign. */
    public static Integer decode(String nm) throws NumberFormatException {
        return valueOf((int) Long.decodeWithin(nm, MIN_VALUE, MAX_VALUE, true));
    }

    /** The int value of the system property {@code nm}, or null. */
    public static Integer getInteger(String nm) {
        return getInteger(nm, null);
    }

    /** The int value of the system property {@code nm}, or {@code val}. */
    public static Integer getInteger(String nm, int val) {
        Integer result = getInteger(nm, null);
        return result == null ? valueOf(val) : result;
    }

    /** The int value of the system property {@code nm}, or {@code val}. */
    public static Integer getInteger(String nm, Integer val) {
        String v = nm == null || nm.isEmpty() ? null : System.getProperty(nm);
        if (v != null) {
            try {
                return decode(v);
            } catch (NumberFormatException e) {
                return val;
            }
        }
        return val;
    }

    // ---------------------------------------------------------------- the box

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    /** The decimal form. */
    @Override
    public String toString() {
        return toString(value);
    }

    /** The value itself. */
    @Override
    public int hashCode() {
        return value;
    }

    /** The value itself. */
    public static int hashCode(int value) {
        return value;
    }

    /** Whether {@code obj} is an Integer of the same value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Integer && value == ((Integer) obj).value;
    }

    /** Numeric comparison. */
    @Override
    public int compareTo(Integer anotherInteger) {
        return compare(value, anotherInteger.value);
    }

    /** -1, 0 or 1 as {@code x} is less than, equal to or greater than {@code y}. */
    public static int compare(int x, int y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    /** Comparison as unsigned values. */
    public static int compareUnsigned(int x, int y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    /** {@code x} as an unsigned value in a long. */
    public static long toUnsignedLong(int x) {
        return x & 0xffffffffL;
    }

    /** Unsigned division. */
    public static int divideUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    /** Unsigned remainder. */
    public static int remainderUnsigned(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    // ---------------------------------------------------------------- bits

    /** The highest one bit of {@code i} alone, or 0. */
    public static int highestOneBit(int i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    /** The lowest one bit of {@code i} alone, or 0. */
    public static int lowestOneBit(int i) {
        return i & -i;
    }

    /** The number of zero bits above the highest one bit (32 for 0). */
    public static int numberOfLeadingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        int n = 0;
        if ((i & 0xffff0000) == 0) {
            n += 16;
            i <<= 16;
        }
        if ((i & 0xff000000) == 0) {
            n += 8;
            i <<= 8;
        }
        if ((i & 0xf0000000) == 0) {
            n += 4;
            i <<= 4;
        }
        if ((i & 0xc0000000) == 0) {
            n += 2;
            i <<= 2;
        }
        if ((i & 0x80000000) == 0) {
            n += 1;
        }
        return n;
    }

    /** The number of zero bits below the lowest one bit (32 for 0). */
    public static int numberOfTrailingZeros(int i) {
        if (i == 0) {
            return 32;
        }
        return 31 - numberOfLeadingZeros(i & -i);
    }

    /** The number of one bits. */
    public static int bitCount(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        return (i * 0x01010101) >>> 24;
    }

    /** Rotates left by {@code distance} (mod 32). */
    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    /** Rotates right by {@code distance} (mod 32). */
    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    /** The bits in reverse order. */
    public static int reverse(int i) {
        i = ((i & 0x55555555) << 1) | ((i >>> 1) & 0x55555555);
        i = ((i & 0x33333333) << 2) | ((i >>> 2) & 0x33333333);
        i = ((i & 0x0f0f0f0f) << 4) | ((i >>> 4) & 0x0f0f0f0f);
        return reverseBytes(i);
    }

    /** The bytes in reverse order. */
    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }

    /** -1, 0 or 1 as {@code i} is negative, zero or positive. */
    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    /** {@code a + b}. */
    public static int sum(int a, int b) {
        return a + b;
    }

    /** The greater of {@code a} and {@code b}. */
    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    /** The smaller of {@code a} and {@code b}. */
    public static int min(int a, int b) {
        return Math.min(a, b);
    }
}
