import java.math.BigInteger;

/** NumberFormatException messages of the BigInteger string and byte-array constructors. */
public class BigNumParseErrors {
    static void parse(String s, int radix) {
        try {
            System.out.println("\"" + s + "\" radix " + radix + " -> " + new BigInteger(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("\"" + s + "\" radix " + radix + " -> " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"", "-", "+", "+-1", "-+1", "1-", "12-3", "12a", "1234567890x", "123456789012345678x",
            " 1", "1 ", "0x10", "1_000", "--5", "++5", "-0", "+12", "00000000000000000000000000001", "1.5", "1e5",
            "999999999999999999999999999999999999999999999999999999999999999999z"};
        for (String s : inputs) {
            parse(s, 10);
        }
        parse("12zz", 16);
        parse("fF", 16);
        parse("g", 16);
        parse("zz", 36);
        parse("102", 2);
        parse("1", 1);
        parse("1", 37);
        try {
            new BigInteger(new byte[0]);
        } catch (NumberFormatException e) {
            System.out.println("empty bytes -> " + e.getMessage());
        }
        try {
            new BigInteger(2, new byte[] {1});
        } catch (NumberFormatException e) {
            System.out.println("signum 2 -> " + e.getMessage());
        }
        try {
            new BigInteger(0, new byte[] {1});
        } catch (NumberFormatException e) {
            System.out.println("signum 0 nonzero -> " + e.getMessage());
        }
        System.out.println(new BigInteger(0, new byte[] {0, 0}) + " " + new BigInteger(-1, new byte[] {1, 0}));
    }
}
