import java.math.BigDecimal;

/** BigDecimal add, subtract, multiply, negate, abs and pow: exact results and the scales they carry. */
public class BigNumDecArithmetic {
    public static void main(String[] args) {
        String[] vals = {"0", "0.00", "1", "-1.5", "2.50", "123.456", "-0.001", "1E+3", "9.99E-5", "100000000000000000000.01", "-7"};
        for (String sa : vals) {
            BigDecimal a = new BigDecimal(sa);
            for (String sb : vals) {
                BigDecimal b = new BigDecimal(sb);
                System.out.println(a + " " + b + ": + " + a.add(b) + " - " + a.subtract(b) + " * " + a.multiply(b));
            }
            System.out.println(a + ": neg " + a.negate() + " abs " + a.abs() + " plus " + a.plus() + " ^0 " + a.pow(0)
                    + " ^3 " + a.pow(3) + " scale " + a.scale() + " signum " + a.signum());
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tenth = new BigDecimal("0.1");
        double dsum = 0;
        for (int i = 0; i < 10; i++) {
            sum = sum.add(tenth);
            dsum += 0.1;
        }
        System.out.println("ten tenths: " + sum + " vs double " + dsum);
        BigDecimal price = new BigDecimal("19.99");
        BigDecimal qty = new BigDecimal("3");
        BigDecimal tax = new BigDecimal("0.0825");
        BigDecimal subtotal = price.multiply(qty);
        System.out.println("subtotal " + subtotal + " tax " + subtotal.multiply(tax) + " total " + subtotal.add(subtotal.multiply(tax)));
    }
}
