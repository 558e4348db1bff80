/** float and double arithmetic opcodes: fadd/fsub/fmul/fdiv/frem/fneg and d-forms, rounding to float precision, accumulation. */
public class FloatArithmetic {
    static float f(float x) {
        return x;
    }

    static double d(double x) {
        return x;
    }

    public static void main(String[] args) {
        float a = f(0.1f), b = f(0.2f), c = f(3.0f);
        System.out.println("float: " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (c % a) + " " + (-a)
            + " " + (a / c) + " " + (1 / c));
        double x = d(0.1), y = d(0.2), z = d(3.0);
        System.out.println("double: " + (x + y) + " " + (x - y) + " " + (x * y) + " " + (x / y) + " " + (z % x) + " " + (-x)
            + " " + (x / z) + " " + (1 / z));
        System.out.println("rem signs: " + (f(5.5f) % f(-2f)) + " " + (f(-5.5f) % f(2f)) + " " + (d(-7.25) % d(-2)) + " "
            + (d(1e300) % d(3)) + " " + (d(7) % d(1e-300)));
        float big = f(16777216f);
        System.out.println("float precision: " + (big + 1f) + " " + (big + 2f) + " " + ((double) big + 1));
        float fsum = 0;
        double dsum = 0;
        for (int i = 1; i <= 1000; i++) {
            fsum += 1f / i;
            dsum += 1.0 / i;
        }
        System.out.println("harmonic(1000): " + fsum + " " + dsum);
        float prod = 1;
        for (int i = 0; i < 200; i++) {
            prod *= 1.5f;
        }
        System.out.println("float overflow to " + prod + ", underflow " + (f(1e-30f) * f(1e-30f)) + " " + (f(Float.MIN_VALUE) / 2));
        double dprod = 1;
        for (int i = 0; i < 2000; i++) {
            dprod *= 1.5;
        }
        System.out.println("double overflow to " + dprod + ", subnormal " + (d(Double.MIN_NORMAL) / 4) + " " + (d(4.9e-324) / 2));
        System.out.println("mixed int/float promotion: " + (1 / 2 * 2.0) + " " + (1 / 2.0 * 2) + " " + (7 / 2f) + " "
            + ((float) 1 / 3 == 1f / 3) + " " + (0.1f == 0.1) + " " + ((double) 0.1f));
        double kahan = 0, comp = 0, naive = 0;
        for (int i = 0; i < 10000; i++) {
            double v = 0.0001;
            naive += v;
            double yy = v - comp;
            double t = kahan + yy;
            comp = (t - kahan) - yy;
            kahan = t;
        }
        System.out.println("naive " + naive + " kahan " + kahan);
        float nf = f(-0.0f);
        System.out.println("negation: " + (-nf) + " " + (0.0f - nf) + " " + (-(f(0.0f))));
        double poly = 0;
        double xv = d(1.1);
        double[] coef = {1, -2, 3, -4, 5, -6};
        for (double co : coef) {
            poly = poly * xv + co;
        }
        System.out.println("horner " + poly);
    }
}
