import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Every RoundingMode on the API documentation's table of values, through setScale, round and divide. */
public class BigNumDecRounding {
    public static void main(String[] args) {
        String[] vals = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.5", "-0.5",
            "0.49999", "0.50001", "9.95", "-9.95", "0.0", "123.4500"};
        for (RoundingMode m : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(m + ":");
            for (String s : vals) {
                BigDecimal v = new BigDecimal(s);
                try {
                    sb.append(' ').append(v.setScale(0, m));
                } catch (ArithmeticException e) {
                    sb.append(" [").append(e.getMessage()).append(']');
                }
            }
            System.out.println(sb);
        }
        for (RoundingMode m : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(m + " round to 2 digits:");
            for (String s : new String[] {"1.25", "1.35", "-1.25", "125", "-135", "0.0125", "9.99", "12.5001"}) {
                try {
                    sb.append(' ').append(new BigDecimal(s).round(new MathContext(2, m)));
                } catch (ArithmeticException e) {
                    sb.append(" [").append(e.getMessage()).append(']');
                }
            }
            System.out.println(sb);
        }
        for (RoundingMode m : RoundingMode.values()) {
            StringBuilder sb = new StringBuilder(m + " divide:");
            int[][] qs = {{1, 3}, {2, 3}, {-2, 3}, {1, 8}, {-1, 8}, {5, 2}, {7, 2}, {-7, 2}, {1, 1}};
            for (int[] q : qs) {
                try {
                    sb.append(' ').append(BigDecimal.valueOf(q[0]).divide(BigDecimal.valueOf(q[1]), 2, m));
                } catch (ArithmeticException e) {
                    sb.append(" [").append(e.getMessage()).append(']');
                }
            }
            System.out.println(sb);
        }
        System.out.println(RoundingMode.valueOf(4) + " " + RoundingMode.valueOf("HALF_EVEN").ordinal());
        for (int i = 0; i < 8; i++) {
            System.out.print(RoundingMode.valueOf(i) + " ");
        }
        System.out.println();
        System.out.println(new BigDecimal("2.345").setScale(2, BigDecimal.ROUND_HALF_UP) + " " + BigDecimal.ROUND_UNNECESSARY);
    }
}
