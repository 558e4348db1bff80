package java.lang;

/**
 * The box of {@code long}, with parsing and formatting in every radix, unsigned arithmetic and the bit
 * utilities. {@link #valueOf(long)} returns cached boxes for -128..127.
 */
public final class Long extends Number implements Comparable<Long> {
    /** The smallest long, -2<sup>63</sup>. */
    public static final long MIN_VALUE = 0x8000000000000000L;
    /** The largest long, 2<sup>63</sup>-1. */
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    /** The mirror of {@code long}. */
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");
    /** Bits in a long. */
    public static final int SIZE = 64;
    /** Bytes in a long. */
    public static final int BYTES = 8;

    private static final Long[] CACHE = new Long[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Long(i - 128);
        }
    }

    private final long value;

    /** A new box; prefer {@link #valueOf(long)}. */
    @Deprecated(since = "9")
    public Long(long value) {
        this.value = value;
    }

    /** A new box of the parsed value; prefer {@link #valueOf(String)}. */
    @Deprecated(since = "9")
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    // ---------------------------------------------------------------- formatting

    /** Decimal digits needed for {@code x}, with a minus sign if negative. */
    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) {
                return i + d;
            }
            p = 10 * p;
        }
        return 19 + d;
    }

    /** Writes the decimal form of {@code l} into {@code buf}, ending just before {@code end}. */
    static void getChars(long l, int end, char[] buf) {
        boolean negative = l < 0;
        if (!negative) {
            l = -l;
        }
        int pos = end;
        while (l <= Integer.MIN_VALUE) {
            long q = l / 10;
            buf[--pos] = (char) ('0' + (int) (q * 10 - l));
            l = q;
        }
        int i = (int) l;
        do {
            int q = i / 10;
            buf[--pos] = (char) ('0' + (q * 10 - i));
            i = q;
        } while (i != 0);
        if (negative) {
            buf[--pos] = '-';
        }
    }

    /** The decimal form of {@code l}. */
    public static String toString(long l) {
        int n = stringSize(l);
        char[] buf = new char[n];
        getChars(l, n, buf);
        return new String(buf, true);
    }

    /** The form of {@code l} in {@code radix} (radix 10 if out of range), lower-case digits, with a minus sign. */
    public static String toString(long l, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (radix == 10) {
            return toString(l);
        }
        char[] buf = new char[65];
        boolean negative = l < 0;
        if (!negative) {
            l = -l;
        }
        int pos = 65;
        while (l <= -radix) {
            buf[--pos] = Integer.DIGITS[(int) -(l % radix)];
            l = l / radix;
        }
        buf[--pos] = Integer.DIGITS[(int) -l];
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, 65 - pos);
    }

    /** The unsigned value of {@code l} in {@code radix}. */
    public static String toUnsignedString(long l, int radix) {
        if (l >= 0) {
            return toString(l, radix);
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        long quotient = divideUnsigned(l, radix);
        long rem = l - quotient * radix;
        return toString(quotient, radix) + Integer.DIGITS[(int) rem];
    }

    /** The unsigned decimal value of {@code l}. */
    public static String toUnsignedString(long l) {
        return toUnsignedString(l, 10);
    }

    private static String toUnsignedPowerOfTwo(long l, int shift) {
        char[] buf = new char[64];
        int pos = 64;
        long mask = (1L << shift) - 1;
        do {
            buf[--pos] = Integer.DIGITS[(int) (l & mask)];
            l >>>= shift;
        } while (l != 0);
        return new String(buf, pos, 64 - pos);
    }

    /** The unsigned value of {@code l} in base 16, lower case. */
    public static String toHexString(long l) {
        return toUnsignedPowerOfTwo(l, 4);
    }

    /** The unsigned value of {@code l} in base 8. */
    public static String toOctalString(long l) {
        return toUnsignedPowerOfTwo(l, 3);
    }

    /** The unsigned value of {@code l} in base 2. */
    public static String toBinaryString(long l) {
        return toUnsignedPowerOfTwo(l, 1);
    }

    // ---------------------------------------------------------------- parsing

    /** Parses a signed long in {@code radix}; an optional leading {@code -} or {@code +}. */
    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        Integer.checkRadix(radix);
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
        long limit = negative ? MIN_VALUE : -MAX_VALUE;
        long multLimit = limit / radix;
        long result = 0;
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

    /** Parses a signed decimal long. */
    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    /** Parses the unsigned digits {@code s[0, end)} (no sign) for parseUnsignedLong, with HotSpot's messages. */
    private static long parseDigitsPrefix(String s, int end, int radix) {
        long result = 0;
        long multLimit = -MAX_VALUE / radix;
        int i = 0;
        if (s.charAt(0) == '+') {
            i = 1;
        }
        for (; i < end; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multLimit || result * radix < -MAX_VALUE + digit) {
                throw new NumberFormatException("Error at index " + i + " in: \"" + s.substring(0, end) + "\"");
            }
            result = result * radix - digit;
        }
        return -result;
    }

    /** Parses an unsigned long in {@code radix}. */
    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        Integer.checkRadix(radix);
        int len = s.length();
        if (len == 0) {
            throw NumberFormatException.forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parseLong(s, radix);
        }
        long first = parseDigitsPrefix(s, len - 1, radix);
        int last = Character.digit(s.charAt(len - 1), radix);
        if (last < 0) {
            throw new NumberFormatException("Bad digit at end of " + s);
        }
        // first * radix + last must fit in 64 unsigned bits.
        if (compareUnsigned(first, divideUnsigned(-1L - last, radix)) > 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
        }
        return first * radix + last;
    }

    /** Parses an unsigned decimal long. */
    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    /** The box of {@code parseLong(s, radix)}. */
    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    /** The box of {@code parseLong(s)}. */
    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    /** The box of {@code l}: the same object for the same value in -128..127. */
    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            return CACHE[(int) l + 128];
        }
        return new Long(l);
    }

    /** Parses decimal, {@code 0x}/{@code 0X}/{@code #} hexadecimal or {@code 0} octal, with optional sign. */
    public static Long decode(String nm) throws NumberFormatException {
        return valueOf(decodeWithin(nm, MIN_VALUE, MAX_VALUE, false));
    }

    /**
     * The shared part of Integer/Long.decode: the prefix rules, then the signed digits parsed in the radix;
     * a value outside {@code [min, max]} is reported as an unparsable string (as the int parser would).
     */
    static long decodeWithin(String nm, long min, long max, boolean isInt) {
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int index = 0;
        boolean negative = false;
        char first = nm.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        int radix = 10;
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = nm.substring(index);
        String constant = negative ? "-" + digits : digits;
        long result = isInt ? Integer.parseInt(constant, radix) : parseLong(constant, radix);
        if (result < min || result > max) {
            throw NumberFormatException.forInputString(constant, radix);
        }
        return result;
    }

    /** The long value of the system property {@code nm}, or null. */
    public static Long getLong(String nm) {
        return getLong(nm, null);
    }

    /** The long value of the system property {@code nm}, or {@code val}. */
    public static Long getLong(String nm, long val) {
        Long result = getLong(nm, null);
        return result == null ? valueOf(val) : result;
    }

    /** The long value of the system property {@code nm}, or {@code val}. */
    public static Long getLong(String nm, Long val) {
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
        return (int) value;
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

    /** {@code (int) (value ^ (value >>> 32))}. */
    @Override
    public int hashCode() {
        return hashCode(value);
    }

    /** {@code (int) (value ^ (value >>> 32))}. */
    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    /** Whether {@code obj} is a Long of the same value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Long && value == ((Long) obj).value;
    }

    /** Numeric comparison. */
    @Override
    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    /** -1, 0 or 1 as {@code x} is less than, equal to or greater than {@code y}. */
    public static int compare(long x, long y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    /** Comparison as unsigned values. */
    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    /** Unsigned division. */
    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    /** Unsigned remainder. */
    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    // ---------------------------------------------------------------- bits

    /** The highest one bit of {@code l} alone, or 0. */
    public static long highestOneBit(long l) {
        return l & (MIN_VALUE >>> numberOfLeadingZeros(l));
    }

    /** The lowest one bit of {@code l} alone, or 0. */
    public static long lowestOneBit(long l) {
        return l & -l;
    }

    /** The number of zero bits above the highest one bit (64 for 0). */
    public static int numberOfLeadingZeros(long l) {
        int high = (int) (l >>> 32);
        return high != 0 ? Integer.numberOfLeadingZeros(high) : 32 + Integer.numberOfLeadingZeros((int) l);
    }

    /** The number of zero bits below the lowest one bit (64 for 0). */
    public static int numberOfTrailingZeros(long l) {
        int low = (int) l;
        return low != 0 ? Integer.numberOfTrailingZeros(low) : 32 + Integer.numberOfTrailingZeros((int) (l >>> 32));
    }

    /** The number of one bits. */
    public static int bitCount(long l) {
        return Integer.bitCount((int) l) + Integer.bitCount((int) (l >>> 32));
    }

    /** Rotates left by {@code distance} (mod 64). */
    public static long rotateLeft(long l, int distance) {
        return (l << distance) | (l >>> -distance);
    }

    /** Rotates right by {@code distance} (mod 64). */
    public static long rotateRight(long l, int distance) {
        return (l >>> distance) | (l << -distance);
    }

    /** The bits in reverse order. */
    public static long reverse(long l) {
        return ((long) Integer.reverse((int) l) << 32) | (Integer.reverse((int) (l >>> 32)) & 0xffffffffL);
    }

    /** The bytes in reverse order. */
    public static long reverseBytes(long l) {
        return ((long) Integer.reverseBytes((int) l) << 32) | (Integer.reverseBytes((int) (l >>> 32)) & 0xffffffffL);
    }

    /** -1, 0 or 1 as {@code l} is negative, zero or positive. */
    public static int signum(long l) {
        return (int) ((l >> 63) | (-l >>> 63));
    }

    /** {@code a + b}. */
    public static long sum(long a, long b) {
        return a + b;
    }

    /** The greater of {@code a} and {@code b}. */
    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    /** The smaller of {@code a} and {@code b}. */
    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
