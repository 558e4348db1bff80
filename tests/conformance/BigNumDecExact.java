import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact conversions (intValueExact, toBigIntegerExact) and their messages; remainder, divideToIntegralValue, sqrt, pow. */
public class BigNumDecExact {
    interface Op {
        Object run();
    }

    static void attempt(String what, Op op) {
        try {
            System.out.println(what + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(what + " threw " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] vals = {"0", "42", "42.0", "42.5", "-128", "-129", "32767", "2147483648", "1E+20", "-9223372036854775808", "1E-30", "99.99"};
        for (String s : vals) {
            BigDecimal d = new BigDecimal(s);
            attempt(s + " intValueExact", d::intValueExact);
            attempt(s + " longValueExact", d::longValueExact);
            attempt(s + " shortValueExact", d::shortValueExact);
            attempt(s + " byteValueExact", d::byteValueExact);
            attempt(s + " toBigIntegerExact", d::toBigIntegerExact);
            System.out.println(s + " intValue " + d.intValue() + " longValue " + d.longValue() + " toBigInteger " + d.toBigInteger());
        }
        String[][] pairs = {{"7.5", "2"}, {"-7.5", "2"}, {"10", "0.3"}, {"1E+3", "7"}, {"0.0001", "0.00003"}, {"123.456", "-1.1"}, {"5", "0"}};
        for (String[] p : pairs) {
            BigDecimal a = new BigDecimal(p[0]);
            BigDecimal b = new BigDecimal(p[1]);
            attempt(p[0] + " divideToIntegralValue " + p[1], () -> a.divideToIntegralValue(b));
            attempt(p[0] + " remainder " + p[1], () -> a.remainder(b));
            attempt(p[0] + " divideAndRemainder " + p[1], () -> {
                BigDecimal[] qr = a.divideAndRemainder(b);
                return qr[0] + " " + qr[1];
            });
        }
        String[] roots = {"2", "4", "0.0400", "100", "1E+3", "0", "0.00", "1234.5", "2.25", "1E-9", "-1"};
        for (String s : roots) {
            attempt("sqrt " + s + " DECIMAL64", () -> new BigDecimal(s).sqrt(MathContext.DECIMAL64));
            attempt("sqrt " + s + " 5 digits", () -> new BigDecimal(s).sqrt(new MathContext(5)));
        }
        attempt("sqrt 2 unnecessary", () -> new BigDecimal("2").sqrt(new MathContext(5, RoundingMode.UNNECESSARY)));
        attempt("pow -1", () -> BigDecimal.ONE.pow(-1));
        attempt("1.1 pow 10", () -> new BigDecimal("1.1").pow(10));
        attempt("1.5 pow 3", () -> new BigDecimal("1.5").pow(3));
        attempt("remainder by zero", () -> BigDecimal.ONE.remainder(BigDecimal.ZERO));
        attempt("setScale unnecessary", () -> new BigDecimal("1.25").setScale(1));
    }
}
