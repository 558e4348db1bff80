import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

/**
 * A sweep of Formatter's BigDecimal and BigInteger conversions over pseudo-random values: unscaled values of
 * 1 to 60 digits with scales from -20 to 40 (ties such as ...5 included on purpose), every precision from 0
 * to 12 for %f %e %g, and %d %o %x with random widths and flags.
 */
public class FormatBigDecimalSweep {
    public static void main(String[] args) {
        Random rnd = new Random(2024);
        String[] flagSets = {"", "+", "-", "0", ",", "(", " ", "+,", "(,", "0,"};
        for (int n = 0; n < 120; n++) {
            int digits = 1 + rnd.nextInt(60);
            StringBuilder u = new StringBuilder();
            u.append((char) ('1' + rnd.nextInt(9)));
            for (int i = 1; i < digits; i++) {
                u.append((char) ('0' + rnd.nextInt(10)));
            }
            if (rnd.nextInt(4) == 0) {
                u.setCharAt(u.length() - 1, '5');
            }
            BigInteger unscaled = new BigInteger(u.toString());
            if (rnd.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            int scale = rnd.nextInt(61) - 20;
            BigDecimal v = new BigDecimal(unscaled, scale);
            int prec = rnd.nextInt(13);
            String flags = flagSets[rnd.nextInt(flagSets.length)];
            int width = 10 + rnd.nextInt(40);
            String f = "%" + (flags.contains("-") || flags.contains("0") ? flags + width : flags) + "." + prec;
            String e = flags.contains(",") ? "%." + prec : f;
            System.out.println(v + " | " + String.format(f + "f", v) + " | " + String.format(e + "e", v) + " | "
                    + String.format(f + "g", v));
            String xf = "%" + (flags.contains(",") ? "" : flags) + (flags.contains("-") || flags.contains("0") ? width : "");
            String df = "%" + flags + (flags.contains("-") || flags.contains("0") ? width : "");
            System.out.println("  " + String.format(df + "d", unscaled) + " | " + String.format(xf + "x", unscaled) + " | "
                    + String.format(xf + "o", unscaled) + " | " + String.format("%#" + (flags.contains("0") ? "0" + width : "") + "X", unscaled));
        }
    }
}
