/** Double/Float parsing: decimal, exponent, hex, special names, whitespace, suffixes, round trips and errors. */
public class DoubleParsing {
    public static void main(String[] args) {
        String[] inputs = {"0", "-0", "1.5", "  2.5  ", "+3", ".5", "5.", "1e3", "1E-3", "-1.25e+2", "1d", "2.5f", "0x1p4",
            "0x1.8p1", "Infinity", "-Infinity", "NaN", "+NaN", "1e400", "1e-400", "4.9e-324", "2.4e-324", "123456789012345678901234567890",
            "0.1000000000000000055511151231257827", "9007199254740993", "1.7976931348623159e308"};
        for (String in : inputs) {
            double d = Double.parseDouble(in);
            float f = Float.parseFloat(in);
            System.out.println("[" + in + "] -> " + d + " / " + f + "f");
        }
        String[] bad = {"", "abc", "1.2.3", "e5", "0x", "--1", "1e", "inf", "nan"};
        for (String b : bad) {
            try {
                Double.parseDouble(b);
                System.out.println("[" + b + "] parsed?");
            } catch (NumberFormatException e) {
                System.out.println("[" + b + "]: " + e.getMessage());
            }
        }
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("null -> NullPointerException");
        }
        double[] round = {0.1, 1.0 / 3, Math.PI, 1e-310, 6.02214076e23, -2.5e-8};
        for (double d : round) {
            double back = Double.parseDouble(Double.toString(d));
            System.out.println("round trip " + d + " exact " + (back == d));
        }
        System.out.println("valueOf " + Double.valueOf("3.25") + " " + Float.valueOf("-7.5"));
        System.out.println("float rounding of 0.1f as double: " + (double) Float.parseFloat("0.1"));
        System.out.println("Double.compare/isInfinite/isFinite " + Double.compare(1.0, 2.0) + " "
            + Double.isInfinite(Double.parseDouble("-Infinity")) + " " + Double.isFinite(1e308 * 10));
        System.out.println("bits round trip " + Double.longBitsToDouble(0x3FF8000000000000L) + " "
            + Float.intBitsToFloat(0x40490FDB) + " NaN canonical " + Long.toHexString(Double.doubleToLongBits(
            Double.longBitsToDouble(0x7FF0000000000123L))));
    }
}
