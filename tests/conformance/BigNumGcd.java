import java.math.BigInteger;

/** gcd and lcm of BigIntegers of every sign and size, and the extended identity via modInverse. */
public class BigNumGcd {
    static BigInteger lcm(BigInteger a, BigInteger b) {
        if (a.signum() == 0 || b.signum() == 0) {
            return BigInteger.ZERO;
        }
        return a.divide(a.gcd(b)).multiply(b).abs();
    }

    public static void main(String[] args) {
        String[][] pairs = {
            {"0", "0"}, {"0", "17"}, {"-12", "18"}, {"12", "-18"}, {"-12", "-18"}, {"1", "999999999999"},
            {"123456789012345678901234567890", "987654321098765432109876543210"},
            {"340282366920938463463374607431768211456", "18446744073709551616"},
            {"1000000000000000000000000000000000000000", "25"},
            {"4294967296", "4294967297"}, {"-9223372036854775808", "9223372036854775807"},
        };
        for (String[] p : pairs) {
            BigInteger a = new BigInteger(p[0]);
            BigInteger b = new BigInteger(p[1]);
            System.out.println("gcd(" + a + ", " + b + ") = " + a.gcd(b) + ", lcm = " + lcm(a, b));
        }
        BigInteger l = BigInteger.ONE;
        for (int i = 1; i <= 100; i++) {
            l = lcm(l, BigInteger.valueOf(i));
        }
        System.out.println("lcm(1..100) = " + l);
        BigInteger x = BigInteger.valueOf(2).pow(200).subtract(BigInteger.ONE);
        BigInteger y = BigInteger.valueOf(2).pow(120).subtract(BigInteger.ONE);
        System.out.println("gcd(2^200-1, 2^120-1) = " + x.gcd(y) + " = 2^40-1: " + x.gcd(y).equals(BigInteger.TWO.pow(40).subtract(BigInteger.ONE)));
        BigInteger m = new BigInteger("1000000000000000000000007");
        for (int a = 2; a < 30; a += 3) {
            BigInteger inv = BigInteger.valueOf(a).modInverse(m);
            System.out.println(a + "^-1 mod m = " + inv + " check " + inv.multiply(BigInteger.valueOf(a)).mod(m));
        }
    }
}
