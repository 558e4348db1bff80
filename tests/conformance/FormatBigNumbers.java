import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IllegalFormatException;
import java.util.Locale;

/**
 * String.format with BigInteger (%d %o %x and their flags: signs, parentheses, grouping, zero padding, the
 * # prefix after the sign) and BigDecimal (%f %e %g with precisions, HALF_UP rounding, grouping, padding,
 * huge and tiny values, zeros with scales), plus the errors for flags the conversions reject.
 */
public class FormatBigNumbers {
    static void show(String fmt, Object... args) {
        try {
            System.out.println(fmt + " -> [" + String.format(fmt, args) + "]");
        } catch (IllegalFormatException e) {
            System.out.println(fmt + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        BigInteger[] ints = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-255), new BigInteger("123456789012345678901234567890"),
            new BigInteger("-98765432109876543210"), BigInteger.ONE.shiftLeft(100).negate()};
        String[] intFormats = {"%d", "%,d", "%+d", "% d", "%(d", "%(,d", "%030d", "%-30d|", "%+,040d", "%x", "%X", "%#x", "%#X",
            "%o", "%#o", "%+x", "% o", "%(x", "%020x", "%#020x", "%-#20o|", "%+#030X", "%(#o", "%s", "%.5s", "%30s"};
        for (BigInteger v : ints) {
            for (String f : intFormats) {
                show(f, v);
            }
        }
        show("%,x", BigInteger.TEN);
        show("%#d", BigInteger.TEN);
        show("%.2d", BigInteger.TEN);
        show("%c", BigInteger.TEN);
        show("%f", BigInteger.TEN);
        show("%e", BigInteger.TEN);
        show("%d", new BigDecimal("1.5"));
        show("%x %d %o", BigInteger.valueOf(4096), BigInteger.valueOf(-7), BigInteger.valueOf(64));

        String[] decs = {"0", "0.000", "1", "-1", "0.5", "-0.5", "1.005", "2.675", "0.125", "123456789.987654321",
            "-0.00001234567", "9.9999999", "99999.95", "1E+10", "1.23E-10", "-7.5E+30", "0.00009999", "0.0001",
            "123456.5", "999999.5", "1234567890123456789012345678901234567890.123456789", "5E-400", "-3.14159265358979323846264338327950288"};
        String[] decFormats = {"%f", "%.0f", "%.1f", "%.2f", "%.10f", "%,f", "%,.3f", "%+.2f", "%(.2f", "% .3f", "%015.2f",
            "%-15.2f|", "%#.0f", "%e", "%.0e", "%.3e", "%#.0e", "%+.2E", "%(.4e", "%015.3e", "%g", "%.0g", "%.1g", "%.3g",
            "%.10g", "%,g", "%G", "%+.2g", "%(g", "%s", "%.4s"};
        for (String d : decs) {
            BigDecimal v = new BigDecimal(d);
            StringBuilder line = new StringBuilder(d).append(':');
            for (String f : decFormats) {
                try {
                    line.append(" [").append(String.format(f, v)).append(']');
                } catch (IllegalFormatException e) {
                    line.append(" ").append(e.getClass().getSimpleName()).append('(').append(e.getMessage()).append(')');
                }
            }
            System.out.println(line);
        }
        show("%#g", new BigDecimal("1.5"));
        show("%,e", new BigDecimal("1.5"));
        show("%a", new BigDecimal("1.5"));
        show("%d", new BigDecimal("1.5"));
        show("%.3f|%.3e|%.3g", new BigDecimal("2.0005"), new BigDecimal("2.0005"), new BigDecimal("2.0005"));
        show("%10.4f|%-12.2e|%12.5g|", new BigDecimal("-3.14159"), new BigDecimal("-3.14159"), new BigDecimal("-3.14159"));
        System.out.println(String.format(Locale.ROOT, "%,.2f and %,d", new BigDecimal("1234567.891"), new BigInteger("-1234567")));
        // Ten digits at scale 0 print an unpadded exponent on HotSpot ("e+9"); nine or eleven do not.
        for (String v : new String[] {"999999999.95", "1000000000", "-1000000000", "9999999999", "999999999.94",
            "1000000000.000", "4000000000.4", "123456789", "12345678901"}) {
            BigDecimal d = new BigDecimal(v);
            System.out.println(v + ": " + String.format("%.9e %.10e %.8e %015.9e %(.9E %.20e", d, d, d, d, d, d));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i <= 40; i++) {
            sum = sum.add(BigDecimal.ONE.divide(BigDecimal.valueOf(i), 30, java.math.RoundingMode.HALF_EVEN));
            if (i % 8 == 0) {
                System.out.printf("H(%d) = %.25f = %.12e = %.8g%n", i, sum, sum, sum);
            }
        }
    }
}
