package java.lang;

/**
 * PLACEHOLDER (by the java.lang core work) so the module compiles until the real Double lands: the constants
 * and raw bit conversions only; toString and parsing throw UnsupportedOperationException.
 */
public final class Double extends Number implements Comparable<Double> {
    /** Positive infinity. */
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    /** Negative infinity. */
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    /** Not a number. */
    public static final double NaN = 0.0d / 0.0;
    /** The largest finite double. */
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    /** The smallest positive normal double. */
    public static final double MIN_NORMAL = 0x1.0p-1022;
    /** The smallest positive double. */
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    /** The mirror of {@code double}. */
    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Class.getPrimitiveClass("double");

    private final double value;

    /** A new box. */
    @Deprecated(since = "9")
    public Double(double value) {
        this.value = value;
    }

    /** Native: the IEEE 754 bits of {@code value}, NaNs unchanged. */
    public static native long doubleToRawLongBits(double value);

    /** Native: the double with the IEEE 754 bits {@code bits}. */
    public static native double longBitsToDouble(long bits);

    /** Whether {@code v} is NaN. */
    public static boolean isNaN(double v) {
        return v != v;
    }

    /** Placeholder: throws. */
    public static String toString(double d) {
        throw new UnsupportedOperationException("Double.toString placeholder");
    }

    /** The box of {@code d}. */
    public static Double valueOf(double d) {
        return new Double(d);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int compareTo(Double other) {
        return value < other.value ? -1 : (value > other.value ? 1 : 0);
    }
}
