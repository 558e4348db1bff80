/** Double.toString and Float.toString shortest-repr output for many values, including subnormals and boundaries. */
public class DoubleToString {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.0 / 3, 2.0 / 3, 10.0 / 3, 100.0, 1e-3, 1e-4, 1e-5,
            9.999999e-4, 1e6, 9999999.0, 1e7, 1.0e7 + 1, 12345678.9, 1e21, 1e22, 1e23, 123456789012345678.0, 1e100, 1e-100,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 4.9e-324 * 3, 2.2250738585072009E-308, Math.PI, Math.E,
            Math.sqrt(2), 5e-324, 1.7976931348623155E308, 0.5, 0.25, 0.125, 1.0 / 1024, 2e-3, 123.456, -987.654321,
            1.0E-7, 4.35, 2.675, 1.005, 0.7, 100.5, 9007199254740993.0, 2.0E-3, 3.0E10, 1.2345e-300};
        for (double d : ds) {
            System.out.println(d + "  bits=" + Long.toHexString(Double.doubleToLongBits(d)));
        }
        float[] fs = {0f, -0f, 1f, 0.1f, 0.2f, 0.1f + 0.2f, 1f / 3, 1e-3f, 1e-4f, 1e7f, 9999999f, 1.0e10f, 16777216f,
            16777217f, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, 3.4028234e38f, 1.17549435E-38f, 7.0e-45f,
            (float) Math.PI, 123.456f, 0.3f, 2.5f, 1.1f, 3.3f, 1.0E-10f, 33554432f, 100f};
        for (float f : fs) {
            System.out.println(f + "f  bits=" + Integer.toHexString(Float.floatToIntBits(f)));
        }
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += 0.1;
            System.out.print(sum + " ");
        }
        System.out.println();
        float fsum = 0;
        for (int i = 0; i < 10; i++) {
            fsum += 0.1f;
            System.out.print(fsum + " ");
        }
        System.out.println();
        System.out.println("toHexString " + Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " "
            + Double.toHexString(Double.MIN_VALUE) + " " + Float.toHexString(1.5f));
    }
}
