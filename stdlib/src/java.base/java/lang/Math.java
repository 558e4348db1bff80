package java.lang;

/**
 * Basic numeric operations. Everything exact (abs, min/max with the -0.0 and NaN rules, floor, ceil, rint,
 * round, the exact-arithmetic family, floorDiv/floorMod, ulp, nextUp...) is written here in Java; the
 * transcendental functions delegate to the natives of {@link StrictMath}.
 */
public final class Math {
    /** e. */
    public static final double E = 2.718281828459045;
    /** pi. */
    public static final double PI = 3.141592653589793;
    /** 2 pi. */
    public static final double TAU = 6.283185307179586;

    private static final double TWO_52 = 4503599627370496.0;
    private static final float TWO_23 = 8388608.0f;
    private static final long DOUBLE_SIGN = 0x8000000000000000L;
    private static final int FLOAT_SIGN = 0x80000000;

    /** State of the generator behind {@link #random()}: the 48-bit linear congruential one Random documents. */
    private static long randomSeed = (System.nanoTime() ^ 0x5DEECE66DL) & ((1L << 48) - 1);

    private Math() {
    }

    // ---------------------------------------------------------------- abs, min, max

    /** The absolute value ({@code MIN_VALUE} stays negative). */
    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    /** The absolute value ({@code MIN_VALUE} stays negative). */
    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    /** The absolute value: clears the sign bit (so -0.0 gives 0.0, NaN stays NaN). */
    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & ~FLOAT_SIGN);
    }

    /** The absolute value: clears the sign bit (so -0.0 gives 0.0, NaN stays NaN). */
    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & ~DOUBLE_SIGN);
    }

    /** Like {@link #abs(int)}, but throws ArithmeticException for MIN_VALUE. */
    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    /** Like {@link #abs(long)}, but throws ArithmeticException for MIN_VALUE. */
    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    /** The greater value. */
    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    /** The greater value. */
    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    /** The smaller value. */
    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    /** The smaller value. */
    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    /** The greater value; NaN if either is NaN; 0.0 is greater than -0.0. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(a) == FLOAT_SIGN) {
            return b;
        }
        return a >= b ? a : b;
    }

    /** The greater value; NaN if either is NaN; 0.0 is greater than -0.0. */
    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(a) == DOUBLE_SIGN) {
            return b;
        }
        return a >= b ? a : b;
    }

    /** The smaller value; NaN if either is NaN; -0.0 is smaller than 0.0. */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && Float.floatToRawIntBits(b) == FLOAT_SIGN) {
            return b;
        }
        return a <= b ? a : b;
    }

    /** The smaller value; NaN if either is NaN; -0.0 is smaller than 0.0. */
    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && Double.doubleToRawLongBits(b) == DOUBLE_SIGN) {
            return b;
        }
        return a <= b ? a : b;
    }

    // ---------------------------------------------------------------- rounding

    /** The largest integral value not greater than {@code a}. */
    public static double floor(double a) {
        if (a != a || a == 0.0 || a >= TWO_52 || a <= -TWO_52) {
            return a;
        }
        double r = (double) (long) a;
        if (r > a) {
            r -= 1.0;
        }
        return r == 0.0 && a < 0.0 ? -0.0 : r;
    }

    /** The smallest integral value not less than {@code a}. */
    public static double ceil(double a) {
        if (a != a || a == 0.0 || a >= TWO_52 || a <= -TWO_52) {
            return a;
        }
        double r = (double) (long) a;
        if (r < a) {
            r += 1.0;
        }
        return r == 0.0 && a < 0.0 ? -0.0 : r;
    }

    /** The integral value nearest {@code a}, ties to even. */
    public static double rint(double a) {
        if (a != a || a == 0.0 || a >= TWO_52 || a <= -TWO_52) {
            return a;
        }
        double r = a > 0 ? (a + TWO_52) - TWO_52 : (a - TWO_52) + TWO_52;
        return r == 0.0 && a < 0.0 ? -0.0 : r;
    }

    /** The closest long, ties towards positive infinity; NaN gives 0, infinities saturate. */
    public static long round(double a) {
        if (a != a) {
            return 0;
        }
        if (a >= TWO_52 || a <= -TWO_52) {
            return (long) a;
        }
        double f = floor(a);
        return (long) f + (a - f >= 0.5 ? 1 : 0);
    }

    /** The closest int, ties towards positive infinity; NaN gives 0, infinities saturate. */
    public static int round(float a) {
        if (a != a) {
            return 0;
        }
        if (a >= TWO_23 || a <= -TWO_23) {
            return (int) a;
        }
        float f = (float) floor(a);
        return (int) f + (a - f >= 0.5f ? 1 : 0);
    }

    // ---------------------------------------------------------------- exact arithmetic

    /** {@code x + y}, or ArithmeticException {@code integer overflow}. */
    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    /** {@code x + y}, or ArithmeticException {@code long overflow}. */
    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** {@code x - y}, or ArithmeticException {@code integer overflow}. */
    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    /** {@code x - y}, or ArithmeticException {@code long overflow}. */
    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    /** {@code x * y}, or ArithmeticException {@code integer overflow}. */
    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    /** {@code x * y}, or ArithmeticException {@code long overflow}. */
    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    /** {@code x * y}, or ArithmeticException {@code long overflow}. */
    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = abs(x);
        long ay = abs(y);
        if (((ax | ay) >>> 31 != 0)) {
            if ((y != 0 && r / y != x) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    /** {@code a + 1}, or ArithmeticException {@code integer overflow}. */
    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    /** {@code a + 1}, or ArithmeticException {@code long overflow}. */
    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1;
    }

    /** {@code a - 1}, or ArithmeticException {@code integer overflow}. */
    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    /** {@code a - 1}, or ArithmeticException {@code long overflow}. */
    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1;
    }

    /** {@code -a}, or ArithmeticException {@code integer overflow}. */
    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    /** {@code -a}, or ArithmeticException {@code long overflow}. */
    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    /** {@code (int) value}, or ArithmeticException {@code integer overflow}. */
    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    /** The full 64-bit product. */
    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** The high 64 bits of the 128-bit product. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x0 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y0 = y & 0xFFFFFFFFL;
        long w0 = x0 * y0;
        long t = x1 * y0 + (w0 >>> 32);
        long w1 = (t & 0xFFFFFFFFL) + x0 * y1;
        long w2 = t >> 32;
        return x1 * y1 + w2 + (w1 >> 32);
    }

    /** The largest integer not greater than {@code x / y}. */
    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    /** The largest long not greater than {@code x / y}. */
    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    /** The largest long not greater than {@code x / y}. */
    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    /** {@code x - floorDiv(x, y) * y}: has the sign of {@code y}. */
    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    /** {@code x - floorDiv(x, y) * y}: has the sign of {@code y}. */
    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    /** {@code x - floorDiv(x, y) * y}: has the sign of {@code y}. */
    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    // ---------------------------------------------------------------- floating-point helpers

    /** -1.0, 0.0 (keeping the zero's sign), 1.0, or NaN. */
    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    /** -1.0f, 0.0f (keeping the zero's sign), 1.0f, or NaN. */
    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    /** {@code magnitude} with the sign of {@code sign}. */
    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & DOUBLE_SIGN)
                | (Double.doubleToRawLongBits(magnitude) & ~DOUBLE_SIGN));
    }

    /** {@code magnitude} with the sign of {@code sign}. */
    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & FLOAT_SIGN)
                | (Float.floatToRawIntBits(magnitude) & ~FLOAT_SIGN));
    }

    /** The unbiased exponent (1024 for NaN and infinities, -1023 for zero and subnormals). */
    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7ff) - 1023;
    }

    /** The unbiased exponent (128 for NaN and infinities, -127 for zero and subnormals). */
    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >>> 23) & 0xff) - 127;
    }

    /** The distance to the next larger double in magnitude. */
    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == 1024) {
            return abs(d) * 0.0 == 0.0 ? d : abs(d);
        }
        if (exp == -1023) {
            return Double.MIN_VALUE;
        }
        exp -= 52;
        if (exp >= -1022) {
            return Double.longBitsToDouble((long) (exp + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (exp + 1074));
    }

    /** The distance to the next larger float in magnitude. */
    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == 128) {
            return abs(f);
        }
        if (exp == -127) {
            return Float.MIN_VALUE;
        }
        exp -= 23;
        if (exp >= -126) {
            return Float.intBitsToFloat((exp + 127) << 23);
        }
        return Float.intBitsToFloat(1 << (exp + 149));
    }

    /** The next double towards positive infinity. */
    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0d;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d >= 0.0d ? 1L : -1L));
    }

    /** The next float towards positive infinity. */
    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f >= 0.0f ? 1 : -1));
    }

    /** The next double towards negative infinity. */
    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d > 0.0d ? -1L : 1L));
    }

    /** The next float towards negative infinity. */
    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f > 0.0f ? -1 : 1));
    }

    /** The double next to {@code start} in the direction of {@code direction}. */
    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return direction;
        }
        return start + direction;
    }

    /** {@code d * 2^scaleFactor}, rounded once. */
    public static double scalb(double d, int scaleFactor) {
        if (scaleFactor > 2098) {
            scaleFactor = 2098;
        } else if (scaleFactor < -2099) {
            scaleFactor = -2099;
        }
        // Multiply in steps whose factors are exact powers of two, so only the last step may round.
        while (scaleFactor > 1000) {
            d *= 0x1.0p1000;
            scaleFactor -= 1000;
        }
        while (scaleFactor < -1000) {
            d *= 0x1.0p-1000;
            scaleFactor += 1000;
        }
        return d * Double.longBitsToDouble((long) (scaleFactor + 1023) << 52);
    }

    /** Degrees to radians. */
    public static double toRadians(double angdeg) {
        return angdeg * 0.017453292519943295;
    }

    /** Radians to degrees. */
    public static double toDegrees(double angrad) {
        return angrad * 57.29577951308232;
    }

    /** {@code a * b + c}, computed here with one double rounding per operation (not fused yet). */
    public static native double fma(double a, double b, double c);

    private static int nextRandomBits(int bits) {
        randomSeed = (randomSeed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
        return (int) (randomSeed >>> (48 - bits));
    }

    /** A pseudo-random double in [0, 1). */
    public static synchronized double random() {
        return (((long) nextRandomBits(26) << 27) + nextRandomBits(27)) * 0x1.0p-53;
    }

    // ---------------------------------------------------------------- transcendental functions

    /** The sine of {@code a} (radians) (as {@link StrictMath#sin}). */
    public static native double sin(double a);

    /** The cosine of {@code a} (as {@link StrictMath#cos}). */
    public static native double cos(double a);

    /** The tangent of {@code a} (as {@link StrictMath#tan}). */
    public static native double tan(double a);

    /** The arc sine of {@code a} (as {@link StrictMath#asin}). */
    public static double asin(double a) {
        return StrictMath.asin(a);
    }

    /** The arc cosine of {@code a} (as {@link StrictMath#acos}). */
    public static double acos(double a) {
        return StrictMath.acos(a);
    }

    /** The arc tangent of {@code a} (as {@link StrictMath#atan}). */
    public static double atan(double a) {
        return StrictMath.atan(a);
    }

    /** E raised to {@code a} (as {@link StrictMath#exp}). */
    public static native double exp(double a);

    /** The natural logarithm of {@code a} (as {@link StrictMath#log}). */
    public static native double log(double a);

    /** The base-10 logarithm of {@code a} (as {@link StrictMath#log10}). */
    public static double log10(double a) {
        return StrictMath.log10(a);
    }

    /** The cube root of {@code a} (as {@link StrictMath#cbrt}). */
    public static double cbrt(double a) {
        return StrictMath.cbrt(a);
    }

    /** The hyperbolic sine of {@code x} (as {@link StrictMath#sinh}). */
    public static double sinh(double x) {
        return StrictMath.sinh(x);
    }

    /** The hyperbolic cosine of {@code x} (as {@link StrictMath#cosh}). */
    public static double cosh(double x) {
        return StrictMath.cosh(x);
    }

    /** The hyperbolic tangent of {@code x} (as {@link StrictMath#tanh}). */
    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    /** E<sup>x</sup> - 1 (as {@link StrictMath#expm1}). */
    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    /** Ln(1 + x) (as {@link StrictMath#log1p}). */
    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    /** The correctly rounded square root of {@code a}. */
    public static double sqrt(double a) {
        return StrictMath.sqrt(a);
    }

    /** The angle of the point (x, y) (as {@link StrictMath#atan2}). */
    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    /** {@code a} raised to {@code b} (as {@link StrictMath#pow}). */
    public static native double pow(double a, double b);

    /** The IEEE 754 remainder of {@code f1 / f2} (as {@link StrictMath#IEEEremainder}). */
    public static double IEEEremainder(double f1, double f2) {
        return StrictMath.IEEEremainder(f1, f2);
    }
    /** sqrt(x<sup>2</sup> + y<sup>2</sup>) without intermediate overflow (as {@link StrictMath#hypot}). */
    public static double hypot(double x, double y) {
        return StrictMath.hypot(x, y);
    }
}
