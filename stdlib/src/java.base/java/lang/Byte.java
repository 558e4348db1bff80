package java.lang;

/** The box of {@code byte}, with parsing in every radix; {@link #valueOf(byte)} returns cached boxes for every value in -128..127. */
public final class Byte extends Number implements Comparable<Byte> {
    /** The smallest byte. */
    public static final byte MIN_VALUE = -128;
    /** The largest byte. */
    public static final byte MAX_VALUE = 127;
    /** The mirror of {@code byte}. */
    @SuppressWarnings("unchecked")
    public static final Class<Byte> TYPE = (Class<Byte>) Class.getPrimitiveClass("byte");
    /** Bits in a byte. */
    public static final int SIZE = 8;
    /** Bytes in a byte. */
    public static final int BYTES = 8 / 8;

    private static final Byte[] CACHE = new Byte[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Byte((byte) (i - 128));
        }
    }

    private final byte value;

    /** A new box; prefer {@link #valueOf(byte)}. */
    @Deprecated(since = "9")
    public Byte(byte value) {
        this.value = value;
    }

    /** A new box of the parsed value; prefer {@link #valueOf(String)}. */
    @Deprecated(since = "9")
    public Byte(String s) throws NumberFormatException {
        this.value = parseByte(s, 10);
    }

    /** The decimal form of {@code v}. */
    public static String toString(byte v) {
        return Integer.toString(v);
    }

    /** Parses a signed byte in {@code radix}. */
    public static byte parseByte(String s, int radix) throws NumberFormatException {
        int i = Integer.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix);
        }
        return (byte) i;
    }

    /** Parses a signed decimal byte. */
    public static byte parseByte(String s) throws NumberFormatException {
        return parseByte(s, 10);
    }

    /** The box of {@code parseByte(s, radix)}. */
    public static Byte valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseByte(s, radix));
    }

    /** The box of {@code parseByte(s)}. */
    public static Byte valueOf(String s) throws NumberFormatException {
        return valueOf(parseByte(s, 10));
    }

    /** The box of {@code v}. */
    public static Byte valueOf(byte v) {
        return CACHE[v + 128];
    }

    /** Parses as {@link Integer#decode} does, then checks the range. */
    public static Byte decode(String nm) throws NumberFormatException {
        int i = Integer.decode(nm).intValue();
        if (i < MIN_VALUE || i > MAX_VALUE) {
            throw new NumberFormatException("Value " + i + " out of range from input " + nm);
        }
        return valueOf((byte) i);
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
    public static int hashCode(byte value) {
        return value;
    }

    /** Whether {@code obj} is a Byte of the same value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Byte && value == ((Byte) obj).value;
    }

    /** Numeric comparison. */
    @Override
    public int compareTo(Byte another) {
        return compare(value, another.value);
    }

    /** {@code x - y}. */
    public static int compare(byte x, byte y) {
        return x - y;
    }

    /** Comparison as unsigned values. */
    public static int compareUnsigned(byte x, byte y) {
        return toUnsignedInt(x) - toUnsignedInt(y);
    }

    /** {@code x} as an unsigned value in an int. */
    public static int toUnsignedInt(byte x) {
        return x & 0xff;
    }

    /** {@code x} as an unsigned value in a long. */
    public static long toUnsignedLong(byte x) {
        return x & 0xffL;
    }
}
