package java.lang;

import jdk.internal.math.DoubleDigits;
import jdk.internal.math.FloatParser;

/**
 * The box of {@code double}, and the static utilities for doubles: Java 17's {@link #toString(double)} output
 * (see {@code jdk.internal.math.DoubleDigits}), correctly rounded parsing ({@code jdk.internal.math.FloatParser}),
 * the total order of {@link #compare} (-0.0 below 0.0, NaN above everything, all NaNs equal), bit conversions
 * and {@link #toHexString}. The raw bit conversions are natives.
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
    /** The largest exponent of a finite double. */
    public static final int MAX_EXPONENT = 1023;
    /** The smallest exponent of a normal double. */
    public static final int MIN_EXPONENT = -1022;
    /** The width of a double in bits. */
    public static final int SIZE = 64;
    /** The width of a double in bytes. */
    public static final int BYTES = 8;
    /** The mirror of {@code double}. */
    @SuppressWarnings("unchecked")
    public static final Class<Double> TYPE = (Class<Double>) Class.getPrimitiveClass("double");

    private final double value;

    /** A new box. */
    @Deprecated(since = "9")
    public Double(double value) {
        this.value = value;
    }

    /** A new box of the parsed {@code s}. */
    @Deprecated(since = "9")
    public Double(String s) throws NumberFormatException {
        this.value = parseDouble(s);
    }

    /** Native: the IEEE 754 bits of {@code value}, NaNs unchanged. */
    public static native long doubleToRawLongBits(double value);

    /** Native: the double with the IEEE 754 bits {@code bits}. */
    public static native double longBitsToDouble(long bits);

    /** The IEEE 754 bits of {@code value}, every NaN mapped to {@code 0x7ff8000000000000L}. */
    public static long doubleToLongBits(double value) {
        if (value != value) {
            return 0x7ff8000000000000L;
        }
        return doubleToRawLongBits(value);
    }

    /** Whether {@code v} is NaN. */
    public static boolean isNaN(double v) {
        return v != v;
    }

    /** Whether {@code v} is an infinity. */
    public static boolean isInfinite(double v) {
        return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY;
    }

    /** Whether {@code v} is neither NaN nor infinite. */
    public static boolean isFinite(double v) {
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

    /** The decimal form Java 17 prints for {@code d}. */
    public static String toString(double d) {
        return DoubleDigits.toJavaString(d);
    }

    /** The hexadecimal form: {@code 0x1.8p1}, {@code 0x0.0000000000001p-1022}, {@code 0x0.0p0}. */
    public static String toHexString(double d) {
        if (d != d) {
            return "NaN";
        }
        if (isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        long bits = doubleToRawLongBits(d);
        StringBuilder sb = new StringBuilder(24);
        if (bits < 0) {
            sb.append('-');
        }
        int be = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        if (be == 0 && frac == 0) {
            return sb.append("0x0.0p0").toString();
        }
        sb.append(be == 0 ? "0x0." : "0x1.");
        if (frac == 0) {
            sb.append('0');
        } else {
            int digits = 13;
            while ((frac & 0xF) == 0) {
                frac >>>= 4;
                digits--;
            }
            String h = Long.toHexString(frac);
            for (int i = h.length(); i < digits; i++) {
                sb.append('0');
            }
            sb.append(h);
        }
        sb.append('p').append(be == 0 ? -1022 : be - 1023);
        return sb.toString();
    }

    /** Parses {@code s} as Java's floating literal syntax, correctly rounded. */
    public static double parseDouble(String s) throws NumberFormatException {
        return FloatParser.parseDouble(s);
    }

    /** The box of the parsed {@code s}. */
    public static Double valueOf(String s) throws NumberFormatException {
        return new Double(parseDouble(s));
    }

    /** The box of {@code d}. */
    public static Double valueOf(double d) {
        return new Double(d);
    }

    /** The hash of {@code value}: the two halves of its canonical bits xored. */
    public static int hashCode(double value) {
        long bits = doubleToLongBits(value);
        return (int) (bits ^ (bits >>> 32));
    }

    /** Java's total order: -0.0 before 0.0, NaN after everything and equal to itself. */
    public static int compare(double d1, double d2) {
        if (d1 < d2) {
            return -1;
        }
        if (d1 > d2) {
            return 1;
        }
        long b1 = doubleToLongBits(d1);
        long b2 = doubleToLongBits(d2);
        return b1 == b2 ? 0 : (b1 < b2 ? -1 : 1);
    }

    /** {@code a + b}. */
    public static double sum(double a, double b) {
        return a + b;
    }

    /** {@code Math.max(a, b)}. */
    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    /** {@code Math.min(a, b)}. */
    public static double min(double a, double b) {
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

    /** Equal to another Double with the same canonical bits (so NaN equals NaN, 0.0 differs from -0.0). */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Double && doubleToLongBits(((Double) obj).value) == doubleToLongBits(value);
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
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int compareTo(Double other) {
        return compare(value, other.value);
    }
}
