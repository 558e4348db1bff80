package java.lang;

/**
 * Mathematical functions with reproducible results. The transcendental functions are VM natives that must
 * give the results of fdlibm (as HotSpot's StrictMath does); the rest is shared with {@link Math}.
 */
public final class StrictMath {
    /** e. */
    public static final double E = 2.718281828459045;
    /** pi. */
    public static final double PI = 3.141592653589793;
    /** 2 pi. */
    public static final double TAU = 6.283185307179586;

    private StrictMath() {
    }

    /** Native: the sine of {@code a} (radians). */
    public static native double sin(double a);

    /** Native: the cosine of {@code a}. */
    public static native double cos(double a);

    /** Native: the tangent of {@code a}. */
    public static native double tan(double a);

    /** Native: the arc sine of {@code a}. */
    public static native double asin(double a);

    /** Native: the arc cosine of {@code a}. */
    public static native double acos(double a);

    /** Native: the arc tangent of {@code a}. */
    public static native double atan(double a);

    /** Native: e raised to {@code a}. */
    public static native double exp(double a);

    /** Native: the natural logarithm of {@code a}. */
    public static native double log(double a);

    /** Native: the base-10 logarithm of {@code a}. */
    public static native double log10(double a);

    /** Native: the correctly rounded square root of {@code a}. */
    public static native double sqrt(double a);

    /** Native: the cube root of {@code a}. */
    public static native double cbrt(double a);

    /** Native: the hyperbolic sine of {@code x}. */
    public static native double sinh(double x);

    /** Native: the hyperbolic cosine of {@code x}. */
    public static native double cosh(double x);

    /** Native: the hyperbolic tangent of {@code x}. */
    public static native double tanh(double x);

    /** Native: e<sup>x</sup> - 1. */
    public static native double expm1(double x);

    /** Native: ln(1 + x). */
    public static native double log1p(double x);

    /** Native: the angle of the point (x, y). */
    public static native double atan2(double y, double x);

    /** Native: {@code a} raised to {@code b}. */
    public static native double pow(double a, double b);

    /** Native: the IEEE 754 remainder of {@code f1 / f2}. */
    public static native double IEEEremainder(double f1, double f2);

    /** Native: sqrt(x<sup>2</sup> + y<sup>2</sup>) without intermediate overflow. */
    public static native double hypot(double x, double y);

    /** As {@link Math#floor}. */
    public static double floor(double a) {
        return Math.floor(a);
    }

    /** As {@link Math#ceil}. */
    public static double ceil(double a) {
        return Math.ceil(a);
    }

    /** As {@link Math#rint}. */
    public static double rint(double a) {
        return Math.rint(a);
    }

    /** As {@link Math#round}. */
    public static long round(double a) {
        return Math.round(a);
    }

    /** As {@link Math#round}. */
    public static int round(float a) {
        return Math.round(a);
    }

    /** As {@link Math#abs}. */
    public static int abs(int a) {
        return Math.abs(a);
    }

    /** As {@link Math#abs}. */
    public static long abs(long a) {
        return Math.abs(a);
    }

    /** As {@link Math#abs}. */
    public static float abs(float a) {
        return Math.abs(a);
    }

    /** As {@link Math#abs}. */
    public static double abs(double a) {
        return Math.abs(a);
    }

    /** As {@link Math#max}. */
    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    /** As {@link Math#max}. */
    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    /** As {@link Math#max}. */
    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    /** As {@link Math#max}. */
    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    /** As {@link Math#min}. */
    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    /** As {@link Math#min}. */
    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    /** As {@link Math#min}. */
    public static float min(float a, float b) {
        return Math.min(a, b);
    }

    /** As {@link Math#min}. */
    public static double min(double a, double b) {
        return Math.min(a, b);
    }

    /** As {@link Math#signum}. */
    public static double signum(double d) {
        return Math.signum(d);
    }

    /** As {@link Math#signum}. */
    public static float signum(float f) {
        return Math.signum(f);
    }

    /** As {@link Math#ulp}. */
    public static double ulp(double d) {
        return Math.ulp(d);
    }

    /** As {@link Math#ulp}. */
    public static float ulp(float f) {
        return Math.ulp(f);
    }

    /** As {@link Math#toRadians}. */
    public static double toRadians(double angdeg) {
        return Math.toRadians(angdeg);
    }

    /** As {@link Math#toDegrees}. */
    public static double toDegrees(double angrad) {
        return Math.toDegrees(angrad);
    }

    /** As {@link Math#copySign}. */
    public static double copySign(double magnitude, double sign) {
        return Math.copySign(magnitude, sign);
    }

    /** As {@link Math#copySign}. */
    public static float copySign(float magnitude, float sign) {
        return Math.copySign(magnitude, sign);
    }

    /** As {@link Math#getExponent}. */
    public static int getExponent(double d) {
        return Math.getExponent(d);
    }

    /** As {@link Math#getExponent}. */
    public static int getExponent(float f) {
        return Math.getExponent(f);
    }

    /** As {@link Math#nextUp}. */
    public static double nextUp(double d) {
        return Math.nextUp(d);
    }

    /** As {@link Math#nextDown}. */
    public static double nextDown(double d) {
        return Math.nextDown(d);
    }

    /** As {@link Math#nextAfter}. */
    public static double nextAfter(double start, double direction) {
        return Math.nextAfter(start, direction);
    }

    /** As {@link Math#scalb}. */
    public static double scalb(double d, int scaleFactor) {
        return Math.scalb(d, scaleFactor);
    }

    /** As {@link Math#floorDiv}. */
    public static int floorDiv(int x, int y) {
        return Math.floorDiv(x, y);
    }

    /** As {@link Math#floorDiv}. */
    public static long floorDiv(long x, long y) {
        return Math.floorDiv(x, y);
    }

    /** As {@link Math#floorMod}. */
    public static int floorMod(int x, int y) {
        return Math.floorMod(x, y);
    }

    /** As {@link Math#floorMod}. */
    public static long floorMod(long x, long y) {
        return Math.floorMod(x, y);
    }

    /** As {@link Math#addExact}. */
    public static int addExact(int x, int y) {
        return Math.addExact(x, y);
    }

    /** As {@link Math#addExact}. */
    public static long addExact(long x, long y) {
        return Math.addExact(x, y);
    }

    /** As {@link Math#subtractExact}. */
    public static int subtractExact(int x, int y) {
        return Math.subtractExact(x, y);
    }

    /** As {@link Math#subtractExact}. */
    public static long subtractExact(long x, long y) {
        return Math.subtractExact(x, y);
    }

    /** As {@link Math#multiplyExact}. */
    public static int multiplyExact(int x, int y) {
        return Math.multiplyExact(x, y);
    }

    /** As {@link Math#multiplyExact}. */
    public static long multiplyExact(long x, long y) {
        return Math.multiplyExact(x, y);
    }

    /** As {@link Math#toIntExact}. */
    public static int toIntExact(long value) {
        return Math.toIntExact(value);
    }

    /** As {@link Math#random}. */
    public static double random() {
        return Math.random();
    }
}
