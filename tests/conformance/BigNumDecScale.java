import java.math.BigDecimal;
import java.math.RoundingMode;

/** setScale, stripTrailingZeros, movePointLeft/Right, scaleByPowerOfTen, precision, unscaledValue and ulp. */
public class BigNumDecScale {
    public static void main(String[] args) {
        String[] vals = {"0", "0.000", "1", "123.4500", "-0.0001200", "1E+5", "-98765.4321", "1200E-2", "5E-10"};
        int[] moves = {-3, -1, 0, 1, 2, 5};
        for (String s : vals) {
            BigDecimal d = new BigDecimal(s);
            System.out.println(d + ": precision " + d.precision() + " unscaled " + d.unscaledValue() + " ulp " + d.ulp()
                    + " strip " + d.stripTrailingZeros() + " strip scale " + d.stripTrailingZeros().scale());
            for (int m : moves) {
                System.out.println("  " + m + ": left " + d.movePointLeft(m) + " right " + d.movePointRight(m) + " scaleBy " + d.scaleByPowerOfTen(m));
            }
            for (int sc = -2; sc <= 6; sc += 2) {
                String exact;
                try {
                    exact = d.setScale(sc).toString();
                } catch (ArithmeticException e) {
                    exact = e.getMessage();
                }
                System.out.println("  setScale " + sc + ": " + exact + " / HALF_UP " + d.setScale(sc, RoundingMode.HALF_UP)
                        + " / FLOOR " + d.setScale(sc, RoundingMode.FLOOR));
            }
        }
        BigDecimal money = new BigDecimal("1234.5");
        System.out.println(money.setScale(2) + " " + money.setScale(2).scale() + " " + money.setScale(2).precision());
        System.out.println(new BigDecimal("0.001").movePointRight(3).scale() + " " + new BigDecimal("100").movePointLeft(-2));
    }
}
