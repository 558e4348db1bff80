/** Math: floorDiv/floorMod with negatives, abs of MIN_VALUE, round of .5 cases, sqrt/pow/exp/log/trig exact prints. */
public class MathFunctions {
    public static void main(String[] args) {
        int[][] pairs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {-1, 3}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 7}};
        for (int[] p : pairs) {
            System.out.println(p[0] + "," + p[1] + ": / " + (p[0] / p[1]) + " % " + (p[0] % p[1]) + " floorDiv "
                + Math.floorDiv(p[0], p[1]) + " floorMod " + Math.floorMod(p[0], p[1]));
        }
        System.out.println("abs " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-5) + " "
            + Math.abs(-2.5) + " " + Math.abs(-0.0f) + " " + Math.abs(Float.NEGATIVE_INFINITY));
        double[] halves = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, -0.0, 1e20, 2.4999};
        for (double h : halves) {
            System.out.println("round(" + h + ") = " + Math.round(h) + " rint " + Math.rint(h) + " floor " + Math.floor(h)
                + " ceil " + Math.ceil(h) + " roundf " + Math.round((float) h));
        }
        double[] xs = {0.0, 0.5, 1.0, 2.0, 10.0, 100.0, 0.001, Math.PI, Math.E};
        for (double x : xs) {
            System.out.println("x=" + x + " sqrt " + Math.sqrt(x) + " cbrt " + Math.cbrt(x) + " exp " + Math.exp(x) + " log "
                + Math.log(x) + " log10 " + Math.log10(x) + " log1p " + Math.log1p(x) + " expm1 " + Math.expm1(x));
        }
        double[] angles = {0.0, Math.PI / 6, Math.PI / 4, Math.PI / 3, Math.PI / 2, Math.PI, 1.0, -2.0, 100.0};
        for (double a : angles) {
            System.out.println("a=" + a + " sin " + Math.sin(a) + " cos " + Math.cos(a) + " tan " + Math.tan(a) + " atan "
                + Math.atan(a) + " sinh " + Math.sinh(a) + " tanh " + Math.tanh(a));
        }
        System.out.println("asin/acos " + Math.asin(0.5) + " " + Math.acos(0.5) + " " + Math.asin(2) + " atan2 "
            + Math.atan2(1, 1) + " " + Math.atan2(-1, -1) + " " + Math.atan2(0.0, -0.0) + " " + Math.atan2(-0.0, -1));
        System.out.println("pow " + Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(2, 0.5) + " " + Math.pow(-8, 1.0 / 3)
            + " " + Math.pow(0, 0) + " " + Math.pow(-1, Double.POSITIVE_INFINITY) + " " + Math.pow(10, 15) + " "
            + Math.pow(1.0000001, 1e7) + " " + Math.pow(-2, 3) + " " + Math.pow(Double.NaN, 0));
        System.out.println("hypot " + Math.hypot(3, 4) + " " + Math.hypot(1e200, 1e200) + " toDegrees " + Math.toDegrees(Math.PI)
            + " toRadians " + Math.toRadians(180) + " signum " + Math.signum(-3.2) + " ulp " + Math.ulp(1.0) + " "
            + Math.ulp(1.0f));
        System.out.println("min/max " + Math.min(-0.0, 0.0) + " " + Math.max(Float.NaN, 1f) + " " + Math.min(3L, -3L) + " "
            + Math.max(Integer.MIN_VALUE, -1));
        System.out.println("StrictMath " + StrictMath.sin(1.0) + " " + StrictMath.exp(1.0) + " " + StrictMath.log(10) + " "
            + StrictMath.pow(3, 0.5) + " " + StrictMath.sqrt(3) + " " + StrictMath.cos(1e10));
        System.out.println("fma " + Math.fma(0.1, 10, -1) + " nextUp " + Math.nextUp(1.0) + " nextDown " + Math.nextDown(1.0f)
            + " scalb " + Math.scalb(1.5, 4) + " getExponent " + Math.getExponent(1024.0) + " IEEEremainder "
            + Math.IEEEremainder(10, 3));
        System.out.println("exact " + Math.incrementExact(5) + " " + Math.decrementExact(-5L) + " " + Math.multiplyHigh(1L << 62, 8)
            + " " + Math.floorDiv(-9L, 4) + " " + Math.floorMod(-9L, 4) + " " + Math.absExact(-9));
    }
}
