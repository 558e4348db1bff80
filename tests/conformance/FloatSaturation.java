/** f2i/f2l/d2i/d2l saturate at the target range and map NaN to 0; values near the boundaries. */
public class FloatSaturation {
    static double d(double x) {
        return x;
    }

    static float f(float x) {
        return x;
    }

    public static void main(String[] args) {
        double[] ds = {2147483647.0, 2147483647.9, 2147483648.0, -2147483648.0, -2147483648.9, -2147483649.0,
            9.223372036854775807E18, 9.223372036854776E18, -9.223372036854775808E18, -9.3e18, 1e300, -1e300};
        for (double x : ds) {
            System.out.println(x + " -> int " + (int) d(x) + ", long " + (long) d(x));
        }
        float[] fs = {2.1474836E9f, 2.147483647E9f, -2.1474836E9f, 9.223372E18f, -9.223372E18f, 1e30f, -1e30f};
        for (float x : fs) {
            System.out.println(x + "f -> int " + (int) f(x) + ", long " + (long) f(x));
        }
        System.out.println("NaN -> " + (int) d(Double.NaN) + " " + (long) d(Double.NaN) + " " + (int) f(Float.NaN) + " "
            + (long) f(Float.NaN));
        System.out.println("Inf -> " + (int) d(1 / 0.0) + " " + (long) d(1 / 0.0) + " " + (int) f(1 / 0.0f) + " "
            + (long) f(-1 / 0.0f));
        System.out.println("(char) NaN = " + (int) (char) d(Double.NaN) + ", (char) -1.0 = " + (int) (char) d(-1.0)
            + ", (char) 70000.0 = " + (int) (char) d(70000.0));
        System.out.println("(byte) 300.0 = " + (byte) d(300.0) + ", (short) 1e10 = " + (short) d(1e10));
        System.out.println("Math.round(NaN) = " + Math.round(Double.NaN) + ", round(1e20) = " + Math.round(1e20)
            + ", round(-1e20f) = " + Math.round(-1e20f));
        System.out.println("(float) 1e40 = " + (float) d(1e40) + ", (float) -1e-50 = " + (float) d(-1e-50));
        System.out.println("(float) Double.MAX_VALUE = " + (float) d(Double.MAX_VALUE));
        long big = (1L << 53) + 1;
        System.out.println("(double) (2^53+1) = " + (double) big + ", back = " + (long) (double) big);
        long odd = (1L << 24) + 1;
        System.out.println("(float) (2^24+1) = " + (float) odd + ", back = " + (long) (float) odd);
    }
}
