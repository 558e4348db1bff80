import java.math.BigDecimal;
import java.math.MathContext;

/** Parsing BigDecimal strings and char arrays: signs, points, exponents, and the NumberFormatException messages. */
public class BigNumDecParse {
    public static void main(String[] args) {
        String[] ok = {"0", "-0", "+1", "1.", ".5", "-.5e-3", "1e5", "1E+5", "1e-5", "00012.3400", "-000.000", "1.23E+0",
            "9999999999999999999999999999.99999999999999", "1e0000000000000005", "6.02214076E23"};
        for (String s : ok) {
            BigDecimal d = new BigDecimal(s);
            System.out.println(s + " -> " + d + " unscaled " + d.unscaledValue() + " scale " + d.scale());
        }
        String[] bad = {"", "abc", "1..2", "1e", "1e+", ".", "-", "+", "1x", "1e5x", "1x2", "1.2.3", "e5", "1e99999999999",
            "1E+2147483648", "1E-2147483648", "1E-2147483649", " 1", "1 ", "--1", "0x10", "1,000"};
        for (String s : bad) {
            try {
                System.out.println(s + " -> " + new BigDecimal(s));
            } catch (NumberFormatException e) {
                System.out.println("\"" + s + "\" -> " + e);
            }
        }
        char[] chars = "xx-12.75e1yy".toCharArray();
        System.out.println(new BigDecimal(chars, 2, 8) + " " + new BigDecimal("12.3456", new MathContext(3)) + " " + new BigDecimal("-0.5".toCharArray()));
        try {
            new BigDecimal(chars, 8, 10);
        } catch (NumberFormatException e) {
            System.out.println("bad range: " + e.getMessage());
        }
    }
}
