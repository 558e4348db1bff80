import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** A loan amortization schedule and compound interest table in BigDecimal money arithmetic (HALF_EVEN cents). */
public class BigNumDecInterest {
    public static void main(String[] args) {
        BigDecimal principal = new BigDecimal("25000.00");
        BigDecimal annualRate = new BigDecimal("0.0675");
        int months = 36;
        BigDecimal r = annualRate.divide(new BigDecimal(12), MathContext.DECIMAL128);
        BigDecimal onePlusRPowN = BigDecimal.ONE.add(r).pow(months, MathContext.DECIMAL128);
        BigDecimal payment = principal.multiply(r).multiply(onePlusRPowN)
                .divide(onePlusRPowN.subtract(BigDecimal.ONE), 2, RoundingMode.HALF_EVEN);
        System.out.println("monthly payment " + payment);
        BigDecimal balance = principal;
        BigDecimal totalInterest = BigDecimal.ZERO;
        for (int m = 1; m <= months; m++) {
            BigDecimal interest = balance.multiply(r).setScale(2, RoundingMode.HALF_EVEN);
            BigDecimal toPrincipal = payment.subtract(interest);
            if (m == months) {
                toPrincipal = balance;
            }
            balance = balance.subtract(toPrincipal);
            totalInterest = totalInterest.add(interest);
            System.out.println(m + " interest " + interest + " principal " + toPrincipal + " balance " + balance);
        }
        System.out.println("total interest " + totalInterest);
        BigDecimal amount = new BigDecimal("1000");
        for (int year = 1; year <= 30; year++) {
            amount = amount.multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.HALF_UP);
            if (year % 5 == 0) {
                System.out.println("year " + year + ": " + amount + " (" + amount.toBigInteger() + " whole)");
            }
        }
        BigDecimal share = new BigDecimal("100.00").divide(new BigDecimal(3), 2, RoundingMode.DOWN);
        System.out.println("split 100 three ways: " + share + " " + share + " " + new BigDecimal("100.00").subtract(share.multiply(new BigDecimal(2))));
    }
}
