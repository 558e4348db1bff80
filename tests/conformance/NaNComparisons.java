/** fcmpl/fcmpg/dcmpl/dcmpg: every comparison with NaN is false except !=; lcmp ordering. */
public class NaNComparisons {
    static double dn() {
        return Double.NaN;
    }

    static float fn() {
        return Float.NaN;
    }

    static void cmpD(String label, double a, double b) {
        System.out.println(label + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
            + " == " + (a == b) + " != " + (a != b) + " compare " + Double.compare(a, b));
    }

    static void cmpF(String label, float a, float b) {
        System.out.println(label + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
            + " == " + (a == b) + " != " + (a != b) + " compare " + Float.compare(a, b));
    }

    static void cmpL(long a, long b) {
        System.out.println(a + " vs " + b + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
            + " == " + (a == b) + " compare " + Long.compare(a, b));
    }

    public static void main(String[] args) {
        cmpD("NaN,1", dn(), 1.0);
        cmpD("1,NaN", 1.0, dn());
        cmpD("NaN,NaN", dn(), dn());
        cmpD("0,-0", 0.0, -0.0);
        cmpD("-inf,inf", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        cmpF("NaN,1", fn(), 1.0f);
        cmpF("1,NaN", 1.0f, fn());
        cmpF("NaN,NaN", fn(), fn());
        cmpF("-0,0", -0.0f, 0.0f);
        cmpL(Long.MIN_VALUE, Long.MAX_VALUE);
        cmpL(-1L, 0L);
        cmpL(1L << 40, 1L << 40);
        double n = dn();
        int count = 0;
        if (n < 0) count += 1;
        if (!(n < 0)) count += 10;
        if (n > 0) count += 100;
        if (!(n > 0)) count += 1000;
        if (n == n) count += 10000;
        System.out.println("branch count = " + count);
        System.out.println("max(NaN,1) = " + Math.max(n, 1.0) + ", min(-0,0) = " + Math.min(-0.0, 0.0)
            + ", max(-0f,0f) = " + Math.max(-0.0f, 0.0f));
        System.out.println("isNaN " + Double.isNaN(n) + " " + Float.isNaN(fn()) + " " + Double.isNaN(0.0 / 0.0));
        System.out.println("Double.equals(NaN) " + Double.valueOf(n).equals(Double.NaN) + ", 0.0 equals -0.0 "
            + Double.valueOf(0.0).equals(-0.0));
        System.out.println("ternary NaN: " + (n > 1 ? "gt" : n < 1 ? "lt" : "unordered"));
        float[] vals = {3f, fn(), -1f, 0f, -0f, Float.POSITIVE_INFINITY};
        for (int i = 0; i < vals.length; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < vals.length; j++) {
                sb.append(vals[i] < vals[j] ? '<' : vals[i] > vals[j] ? '>' : vals[i] == vals[j] ? '=' : '?');
            }
            System.out.println(vals[i] + " row " + sb);
        }
    }
}
