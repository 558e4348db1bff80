package java.lang;

import jdk.internal.math.DoubleDigits;
import jdk.internal.math.FloatParser;

/**
 * The box of {@code float}, and the static utilities for floats: Java 17's {@link #toString(float)} output
 * (see {@code jdk.internal.math.DoubleDigits}), correctly rounded parsing straight to float precision
 * ({@code jdk.internal.math.FloatParser}), the total order of {@link #compare}, bit conversions and
 * {@link #toHexString}. The raw bit conversions are natives.
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
    /** The largest exponent of a finite float. */
    public static final int MAX_EXPONENT = 127;
    /** The smallest exponent of a normal float. */
    public static final int MIN_EXPONENT = -126;
    /** The width of a float in bits. */
    public static final int SIZE = 32;
    /** The width of a float in bytes. */
    public static final int BYTES = 4;
    /** The mirror of {@code float}. */
    @SuppressWarnings("unchecked")
    public static final Class<Float> TYPE = (Class<Float>) Class.getPrimitiveClass("float");

    private final float value;

    /** A new box. */
    @Deprecated(since = "9")
    public Float(float value) {
        this.value = value;
    }

    /** A new box of {@code (float) value}. */
    @Deprecated(since = "9")
    public Float(double value) {
        this.value = (float) value;
    }

    /** A new box of the parsed {@code s}. */
    @Deprecated(since = "9")
    public Float(String s) throws NumberFormatException {
        this.value = parseFloat(s);
    }

    /** Native: the IEEE 754 bits of {@code value}, NaNs unchanged. */
    public static native int floatToRawIntBits(float value);

    /** Native: the float with the IEEE 754 bits {@code bits}. */
    public static native float intBitsToFloat(int bits);

    /** The IEEE 754 bits of {@code value}, every NaN mapped to {@code 0x7fc00000}. */
    public static int floatToIntBits(float value) {
        if (value != value) {
            return 0x7fc00000;
        }
        return floatToRawIntBits(value);
    }

    /** Whether {@code v} is NaN. */
    public static boolean isNaN(float v) {
        return v != v;
    }

    /** Whether {@code v} is an infinity. */
    public static boolean isInfinite(float v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    /** Whether {@code v} is neither NaN nor infinite. */
    public static boolean isFinite(float v) {
        return Math.abs(v) <= MAX_VALUE;
    }

    /** Whether this value is NaN. */
    public boolean isNaN() {
        return isNaN(value);
    }

    /** Whether this value is infinite. */
    public boolean isInfinite() {
        return isInfinite(value);
    }

    /** The decimal form Java 17 prints for {@code f}. */
    public static String toString(float f) {
        return DoubleDigits.toJavaString(f);
    }

    /** The hexadecimal form: {@code 0x1.8p1}; subnormals as {@code 0x0.000002p-126}. */
    public static String toHexString(float f) {
        int bits = floatToRawIntBits(f);
        if ((bits & 0x7F800000) == 0 && (bits & 0x7FFFFF) != 0) {
            StringBuilder sb = new StringBuilder(20);
            if (bits < 0) {
                sb.append('-');
            }
            int frac = (bits & 0x7FFFFF) << 1; // 24 bits: six hex digits
            int digits = 6;
            while ((frac & 0xF) == 0) {
                frac >>>= 4;
                digits--;
            }
            String h = Integer.toHexString(frac);
            sb.append("0x0.");
            for (int i = h.length(); i < digits; i++) {
                sb.append('0');
            }
            return sb.append(h).append("p-126").toString();
        }
        return Double.toHexString(f);
    }

    /** Parses {@code s} as Java's floating literal syntax, correctly rounded to float. */
    public static float parseFloat(String s) throws NumberFormatException {
        return FloatParser.parseFloat(s);
    }

    /** The box of the parsed {@code s}. */
    public static Float valueOf(String s) throws NumberFormatException {
        return new Float(parseFloat(s));
    }

    /** The box of {@code f}. */
    public static Float valueOf(float f) {
        return new Float(f);
    }

    /** The hash of {@code value}: its canonical bits. */
    public static int hashCode(float value) {
        return floatToIntBits(value);
    }

    /** Java's total order: -0.0f before 0.0f, NaN after everything and equal to itself. */
    public static int compare(float f1, float f2) {
        if (f1 < f2) {
            return -1;
        }
        if (f1 > f2) {
            return 1;
        }
        int b1 = floatToIntBits(f1);
        int b2 = floatToIntBits(f2);
        return b1 == b2 ? 0 : (b1 < b2 ? -1 : 1);
    }

    /** {@code a + b}. */
    public static float sum(float a, float b) {
        return a + b;
    }

    /** {@code Math.max(a, b)}. */
    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    /** {@code Math.min(a, b)}. */
    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    /** Equal to another Float with the same canonical bits (so NaN equals NaN, 0.0f differs from -0.0f). */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Float && floatToIntBits(((Float) obj).value) == floatToIntBits(value);
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
        return compare(value, other.value);
    }
}
