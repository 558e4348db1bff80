package java.lang;

/**
 * PLACEHOLDER (by the java.lang core work) so the module compiles until the real Float lands: the constants
 * and raw bit conversions only; toString and parsing throw UnsupportedOperationException.
 */
public final class Float extends Number implements Comparable<Float> {
    /** Positive infinity. */
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    /** Negative infinity. */
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    /** Not a number. */
    public static final float NaN = 0.0f / 0.0f;
    /** The largest finite float. */
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    /** The smallest positive normal float. */
    public static final float MIN_NORMAL = 0x1.0p-126f;
    /** The smallest positive float. */
    public static final float MIN_VALUE = 0x0.000002P-126f;
    /** The mirror of {@code float}. */
    @SuppressWarnings("unchecked")
    public static final Class<Float> TYPE = (Class<Float>) Class.getPrimitiveClass("float");

    private final float value;

    /** A new box. */
    @Deprecated(since = "9")
    public Float(float value) {
        this.value = value;
    }

    /** Native: the IEEE 754 bits of {@code value}, NaNs unchanged. */
    public static native int floatToRawIntBits(float value);

    /** Native: the float with the IEEE 754 bits {@code bits}. */
    public static native float intBitsToFloat(int bits);

    /** Whether {@code v} is NaN. */
    public static boolean isNaN(float v) {
        return v != v;
    }

    /** Placeholder: throws. */
    public static String toString(float d) {
        throw new UnsupportedOperationException("Float.toString placeholder");
    }

    /** The box of {@code d}. */
    public static Float valueOf(float d) {
        return new Float(d);
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
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int compareTo(Float other) {
        return value < other.value ? -1 : (value > other.value ? 1 : 0);
    }
}
