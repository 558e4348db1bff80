import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** BigDecimal division: exact quotients and their scales, non-terminating expansions, scale and MathContext forms. */
public class BigNumDecDivide {
    static void exact(String a, String b) {
        try {
            System.out.println(a + " / " + b + " = " + new BigDecimal(a).divide(new BigDecimal(b)));
        } catch (ArithmeticException e) {
            System.out.println(a + " / " + b + " threw " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[][] pairs = {{"1", "4"}, {"1", "3"}, {"10", "4"}, {"1.00", "4"}, {"5", "0.5"}, {"5.00", "0.5"}, {"5E+3", "2"},
            {"0.00", "2.0"}, {"0E+5", "2.0"}, {"1", "1024"}, {"-7", "80"}, {"100", "0.25"}, {"1", "0"}, {"0", "0"},
            {"123456789", "0.001"}, {"6", "7"}, {"1", "6.25E-4"}, {"3.0", "1.5"}, {"12E-3", "6E+2"}};
        for (String[] p : pairs) {
            exact(p[0], p[1]);
        }
        MathContext[] mcs = {MathContext.DECIMAL32, MathContext.DECIMAL64, new MathContext(3), new MathContext(1, RoundingMode.DOWN),
            new MathContext(5, RoundingMode.CEILING)};
        for (MathContext mc : mcs) {
            for (String[] p : pairs) {
                try {
                    System.out.println(p[0] + " / " + p[1] + " [" + mc + "] = " + new BigDecimal(p[0]).divide(new BigDecimal(p[1]), mc));
                } catch (ArithmeticException e) {
                    System.out.println(p[0] + " / " + p[1] + " [" + mc + "] threw " + e.getMessage());
                }
            }
        }
        BigDecimal one = BigDecimal.ONE;
        for (int s = 0; s <= 30; s += 5) {
            System.out.println("1/7 scale " + s + " = " + one.divide(BigDecimal.valueOf(7), s, RoundingMode.HALF_EVEN));
        }
        System.out.println("22/7 = " + new BigDecimal(22).divide(new BigDecimal(7), MathContext.DECIMAL128));
        System.out.println("1/97 = " + one.divide(new BigDecimal(97), new MathContext(100)));
        try {
            one.divide(BigDecimal.ZERO, 2, RoundingMode.HALF_UP);
        } catch (ArithmeticException e) {
            System.out.println("divide by zero with scale: " + e.getMessage());
        }
        System.out.println(new BigDecimal("10").divide(new BigDecimal("3"), RoundingMode.UP) + " " + new BigDecimal("10.00").divide(new BigDecimal("3"), RoundingMode.UP));
    }
}
