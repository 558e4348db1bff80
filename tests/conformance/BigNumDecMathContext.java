import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** MathContext presets, constructors, toString/equals and rounding of arithmetic results to a precision. */
public class BigNumDecMathContext {
    public static void main(String[] args) {
        MathContext[] mcs = {MathContext.UNLIMITED, MathContext.DECIMAL32, MathContext.DECIMAL64, MathContext.DECIMAL128,
            new MathContext(3), new MathContext(5, RoundingMode.FLOOR), new MathContext("precision=4 roundingMode=UP")};
        BigDecimal x = new BigDecimal("3.14159265358979323846264338327950288419716939937510");
        BigDecimal y = new BigDecimal("-2.71828182845904523536028747135266249775724709369995");
        for (MathContext mc : mcs) {
            System.out.println(mc + " precision " + mc.getPrecision() + " mode " + mc.getRoundingMode());
            System.out.println("  round " + x.round(mc) + " " + y.round(mc));
            System.out.println("  add " + x.add(y, mc) + " sub " + x.subtract(y, mc) + " mul " + x.multiply(y, mc));
            System.out.println("  plus " + y.plus(mc) + " negate " + y.negate(mc) + " abs " + y.abs(mc) + " pow " + x.pow(5, mc));
            System.out.println("  ctor " + new BigDecimal("123456.789", mc) + " " + new BigDecimal(1234567890L, mc) + " " + new BigDecimal(0.1, mc));
        }
        System.out.println(MathContext.DECIMAL32.equals(new MathContext(7, RoundingMode.HALF_EVEN)) + " "
                + MathContext.DECIMAL32.equals(new MathContext(7)) + " " + new MathContext(7).equals(new MathContext("precision=7 roundingMode=HALF_UP")));
        String[] bad = {"foo", "precision=-1 roundingMode=UP", "precision=3 roundingMode=SIDEWAYS", "precision=3"};
        for (String s : bad) {
            try {
                System.out.println(new MathContext(s));
            } catch (IllegalArgumentException e) {
                System.out.println(s + " -> " + e.getMessage());
            }
        }
        try {
            new MathContext(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("-1 -> " + e.getMessage());
        }
        System.out.println(new BigDecimal("999.9999").round(new MathContext(3)) + " " + new BigDecimal("-0.000999951").round(new MathContext(4)));
    }
}
