import java.math.BigDecimal;

/** compareTo ignores scale, equals and hashCode do not; min/max, signum and the cached small values. */
public class BigNumDecCompare {
    public static void main(String[] args) {
        String[] vals = {"2", "2.0", "2.00", "-2", "0", "0.00", "0E+3", "1E+1", "10", "10.000001", "9.9999999", "-0.5", "-0.50"};
        for (String sa : vals) {
            BigDecimal a = new BigDecimal(sa);
            StringBuilder sb = new StringBuilder(sa + " hash " + a.hashCode() + ":");
            for (String sb2 : vals) {
                BigDecimal b = new BigDecimal(sb2);
                sb.append(' ').append(a.compareTo(b)).append(a.equals(b) ? "=" : "");
            }
            System.out.println(sb);
        }
        BigDecimal a = new BigDecimal("2.0");
        BigDecimal b = new BigDecimal("2.00");
        System.out.println(a.min(b) + " " + a.max(b) + " " + b.min(a) + " " + b.max(a));
        System.out.println((BigDecimal.valueOf(1) == BigDecimal.ONE) + " " + (BigDecimal.valueOf(10) == BigDecimal.TEN) + " " + (BigDecimal.valueOf(0) == BigDecimal.ZERO));
        System.out.println(BigDecimal.ZERO + " " + BigDecimal.ONE + " " + BigDecimal.TEN + " " + BigDecimal.valueOf(7, 3) + " " + BigDecimal.valueOf(-7, -3));
        BigDecimal big = new BigDecimal("123456789012345678901234567890.123456789");
        System.out.println(big.hashCode() + " " + big.negate().hashCode() + " " + new BigDecimal("1E+1000").compareTo(new BigDecimal("9E+999")));
        System.out.println(new BigDecimal("1E-1000").compareTo(BigDecimal.ZERO) + " " + new BigDecimal("-1E-1000").compareTo(new BigDecimal("-1E-1001")));
    }
}
