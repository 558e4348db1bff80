import java.math.BigDecimal;

/** BigDecimal and double: the exact constructor, valueOf via Double.toString, and correctly rounded doubleValue/floatValue. */
public class BigNumDecDouble {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.1, 0.5, 1.0, -2.5, 100.0, 1e20, 1e-5, 1.0 / 3, Math.PI, -Math.E, Double.MAX_VALUE,
            Double.MIN_NORMAL, 4.9e-324, 123456789.125, 0.3, 1e22, 1e23, 2.0E-3};
        for (double d : ds) {
            BigDecimal exact = new BigDecimal(d);
            BigDecimal shortest = BigDecimal.valueOf(d);
            String e = exact.toString();
            if (e.length() > 80) {
                e = e.substring(0, 60) + "...(" + e.length() + " chars)";
            }
            System.out.println(d + ": exact " + e + " | valueOf " + shortest + " | back " + exact.doubleValue() + " " + shortest.doubleValue()
                    + " | float " + shortest.floatValue());
        }
        String[] strs = {"0.1", "0.30000000000000004", "1.7976931348623157E308", "1.7976931348623159E308", "2E308",
            "4.9E-324", "2.4703282292062327E-324", "2.4703282292062328E-324", "1E-400", "-1E-400", "9007199254740993",
            "123456789012345678901234567890.5", "3.4028235E38", "3.4028236E38", "1.4E-45", "0.7E-45", "-1.17549435E-38",
            "2.2250738585072011E-308", "2.2250738585072012E-308", "0.1000000000000000055511151231257827021181583404541015625"};
        for (String s : strs) {
            BigDecimal d = new BigDecimal(s);
            System.out.println(s + " -> " + d.doubleValue() + " / " + d.floatValue());
        }
        try {
            new BigDecimal(Double.NaN);
        } catch (NumberFormatException e) {
            System.out.println("NaN: " + e.getMessage());
        }
        try {
            BigDecimal.valueOf(Double.NEGATIVE_INFINITY);
        } catch (NumberFormatException e) {
            System.out.println("-Infinity: " + e.getMessage());
        }
    }
}
