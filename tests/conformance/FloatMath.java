/** float and double: NaN and -0.0 comparisons, saturating conversions, and how HotSpot prints them. */
public class FloatMath {
    static double d(double x) { return x; }
    static float f(float x) { return x; }

    public static void main(String[] args) {
        double nan = d(Double.NaN);
        System.out.println("NaN == NaN: " + (nan == nan) + ", NaN != NaN: " + (nan != nan));
        System.out.println("NaN < 1: " + (nan < 1) + ", NaN > 1: " + (nan > 1) + ", !(NaN >= 1): " + !(nan >= 1));
        System.out.println("Double.compare(NaN, 1) = " + Double.compare(nan, 1.0)
            + ", equals: " + Double.valueOf(nan).equals(Double.NaN));
        double negZero = d(-0.0);
        System.out.println("-0.0 == 0.0: " + (negZero == 0.0) + ", compare: " + Double.compare(negZero, 0.0));
        System.out.println("1/-0.0 = " + (1 / negZero) + ", 1/0.0 = " + (1 / d(0.0)) + ", 0/0 = " + (0 / d(0.0)));
        System.out.println("min(-0.0, 0.0) = " + Math.min(negZero, 0.0) + ", max = " + Math.max(negZero, 0.0));
        double[] toInts = {Double.NaN, 1e20, -1e20, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            2.9, -2.9, 0.5, -0.5, 2147483647.5, -2147483648.7};
        for (double x : toInts) {
            System.out.println("(int) " + x + " = " + (int) x + ", (long) = " + (long) x
                + ", (char) = " + (int) (char) x + ", (short) = " + (short) x + ", (byte) = " + (byte) x);
        }
        float[] fToInts = {Float.NaN, 3e10f, -3e10f, 1.5f, -1.5f};
        for (float x : fToInts) {
            System.out.println("(int) " + x + "f = " + (int) x + ", (long) = " + (long) x);
        }
        double[] shown = {0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 100.0, 1e7, 1e-3, 1.0e-4, 123456789.0,
            1e21, 1e22, 1e23, 2e23, 4.35, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE, Math.PI, Math.E,
            1234567.125, 9007199254740993.0, -1.5e-7, 3.0e10};
        for (double x : shown) {
            System.out.println("double " + x);
        }
        float[] fshown = {0.0f, -0.0f, 1.0f, 0.1f, 0.2f, 0.1f + 0.2f, 1.0f / 3, 1e7f, 1e-3f, 16777217f,
            Float.MIN_VALUE, Float.MAX_VALUE, 3.4e38f * f(10f), 1.1f * f(1.1f)};
        for (float x : fshown) {
            System.out.println("float " + x);
        }
        System.out.println("float->double 0.1f = " + (double) f(0.1f));
        System.out.println("double->float 0.1 = " + (float) d(0.1) + ", 1e40 = " + (float) d(1e40)
            + ", 1e-50 = " + (float) d(1e-50));
        System.out.println("long->double = " + (double) Long.MAX_VALUE + ", long->float = " + (float) Long.MAX_VALUE);
        System.out.println("int->float 16777217 = " + (float) 16777217 + ", (int)(float) = " + (int) (float) 16777217);
        System.out.println("% : " + (d(5.5) % 2) + " " + (d(-5.5) % 2) + " " + (d(5.5) % -2) + " "
            + (d(1) % 0.0) + " " + (f(7.25f) % f(2f)));
        System.out.println("IEEEremainder = " + Math.IEEEremainder(5.5, 2));
        System.out.println("sqrt(2) = " + Math.sqrt(2) + ", sqrt(-1) = " + Math.sqrt(-1) + ", abs(-0.0) = "
            + Math.abs(negZero));
        System.out.println("floor/ceil/round: " + Math.floor(-1.5) + " " + Math.ceil(-1.5) + " "
            + Math.round(-1.5) + " " + Math.round(2.5) + " " + Math.round(-2.5f) + " " + Math.rint(2.5));
        double sum = 0;
        for (int i = 1; i <= 1000; i++) {
            sum += 1.0 / i;
        }
        System.out.println("harmonic(1000) = " + sum);
        float fsum = 0;
        for (int i = 0; i < 1000; i++) {
            fsum += 0.1f;
        }
        System.out.println("float 0.1 * 1000 = " + fsum);
        System.out.println("bits: " + Double.doubleToLongBits(1.0) + " " + Float.floatToIntBits(-2.5f) + " "
            + Double.longBitsToDouble(0x7ff0000000000000L) + " " + Float.intBitsToFloat(0x3f800001));
        System.out.println("isNaN/isInfinite: " + Double.isNaN(0.0 / 0) + " " + Double.isInfinite(-1 / 0.0)
            + " " + Float.isFinite(Float.MAX_VALUE));
    }
}
