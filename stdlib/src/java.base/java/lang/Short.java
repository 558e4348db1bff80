package java.lang;

/** The box of {@code short}, with parsing in every radix; {@link #valueOf(short)} returns cached boxes for every value in -128..127. */
public final class Short extends Number implements Comparable<Short> {
    /** The smallest short. */
    public static final short MIN_VALUE = -32768;
    /** The largest short. */
    public static final short MAX_VALUE = 32767;
    /** The mirror of {@code short}. */
    @SuppressWarnings("unchecked")
    public static final Class<Short> TYPE = (Class<Short>) Class.getPrimitiveClass("short");
    /** Bits in a short. */
    public static final int SIZE = 16;
    /** Bytes in a short. */
    public static final int BYTES = 16 / 8;

    private static final Short[] CACHE = new Short[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Short((short) (i - 128));
        }
    }

    private final short value;

    /** A new box; prefer {@link #valueOf(short)}. */
    @Deprecated(since = "9")
    public Short(short value) {
        this.value = value;
    }

    /** A new box of the parsed value; prefer {@link #valueOf(String)}. */
    @Deprecated(since = "9")
    public Short(String s) throws NumberFormatException {
        this.value = parseShort(s, 10);
    }

    /** The decimal form of {@code v}. */
    public static String toString(short v) {
        return Integer.toString(v);
    }

    /** Parses a signed short in {@code radix}. */
    public static short parseShort(String s, int radix) throws NumberFormatException {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (short) i;
    }

    /** Parses a signed decimal short. */
    public static short parseShort(String s) throws NumberFormatException {
        return parseShort(s, 10);
    }

    /** The box of {@code parseShort(s, radix)}. */
    public static Short valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseShort(s, radix));
    }

    /** The box of {@code parseShort(s)}. */
    public static Short valueOf(String s) throws NumberFormatException {
        return valueOf(parseShort(s, 10));
    }

    /** The box of {@code v}. */
    public static Short valueOf(short v) {
        if (v >= -128 && v <= 127) {
            return CACHE[v + 128];
        }
        return new Short(v);
    }

    /** Parses as {@link Integer#decode} does, then checks the range. */
    public static Short decode(String nm) throws NumberFormatException {
        int i = Integer.decode(nm).intValue();
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return valueOf((short) i);
    }

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
        return Integer.toString(value);
    }

    /** The value as an int. */
    @Override
    public int hashCode() {
        return value;
    }

    /** The value as an int. */
    public static int hashCode(short value) {
        return value;
    }

    /** Whether {@code obj} is a Short of the same value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Short && value == ((Short) obj).value;
    }

    /** Numeric comparison. */
    @Override
    public int compareTo(Short another) {
        return compare(value, another.value);
    }

    /** {@code x - y}. */
    public static int compare(short x, short y) {
        return x - y;
    }

    /** Comparison as unsigned values. */
    public static int compareUnsigned(short x, short y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    /** {@code x} as an unsigned value in an int. */
    public static int toUnsignedInt(short x) {
        return x & 0xffff;
    }

    /** {@code x} as an unsigned value in a long. */
    public static long toUnsignedLong(short x) {
        return x & 0xffffL;
    }

    /** The bytes in reverse order. */
    public static short reverseBytes(short i) {
        return (short) (((i & 0xff00) >> 8) | (i << 8));
    }
}
