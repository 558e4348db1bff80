import java.math.BigDecimal;
import java.math.BigInteger;

/** BigDecimal toString (scientific), toEngineeringString and toPlainString across scales and exponents. */
public class BigNumDecStrings {
    public static void main(String[] args) {
        String[] vals = {"0", "0E+1", "0E+2", "0E+3", "0E+4", "0E-1", "0E-7", "0E-8", "-0.00", "1", "-1", "1E+1", "12E+1", "123E+1",
            "1E+2", "1E+3", "1E+4", "1E-7", "12E-8", "1.23E-10", "123456E-13", "0.0000001", "0.000001", "-123.4567E+5",
            "00012.3400", "123.456e-2", "1E+100", "-9.87654321E-20", "314159E-5", "7E+2147483647", "5E-2147483647"};
        for (String s : vals) {
            BigDecimal d = new BigDecimal(s);
            String plain = d.scale() < -1000 || d.scale() > 1000 ? "(huge)" : d.toPlainString();
            System.out.println(s + " -> " + d + " | " + d.toEngineeringString() + " | " + plain + " | scale " + d.scale()
                    + " precision " + d.precision());
        }
        BigInteger u = new BigInteger("123456789");
        for (int scale = -12; scale <= 18; scale += 3) {
            BigDecimal d = new BigDecimal(u, scale);
            System.out.println(scale + ": " + d + " | " + d.toEngineeringString() + " | " + d.toPlainString());
        }
        for (int scale = -5; scale <= 9; scale++) {
            System.out.println(BigDecimal.valueOf(-5, scale) + " " + BigDecimal.valueOf(0, scale) + " " + BigDecimal.valueOf(1000, scale).toEngineeringString());
        }
    }
}
