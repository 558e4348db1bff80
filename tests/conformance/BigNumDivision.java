import java.math.BigInteger;

/** divide, remainder, divideAndRemainder and mod for every sign combination and sizes from one word to many. */
public class BigNumDivision {
    public static void main(String[] args) {
        String[] as = {"0", "7", "-7", "100", "-100", "4294967296", "18446744073709551617", "-18446744073709551617",
            "123456789012345678901234567890123456789012345678901234567890", "-99999999999999999999999999999999999999"};
        String[] bs = {"1", "-1", "3", "-3", "7", "4294967295", "-4294967296", "18446744073709551616",
            "340282366920938463463374607431768211457", "-12345678901234567890"};
        for (String sa : as) {
            BigInteger a = new BigInteger(sa);
            for (String sb : bs) {
                BigInteger b = new BigInteger(sb);
                BigInteger[] qr = a.divideAndRemainder(b);
                boolean ok = qr[0].multiply(b).add(qr[1]).equals(a) && qr[0].equals(a.divide(b)) && qr[1].equals(a.remainder(b));
                System.out.println(a + " / " + b + " = " + qr[0] + " r " + qr[1] + " mod " + a.mod(b.abs()) + " " + ok);
            }
        }
        BigInteger x = BigInteger.valueOf(3).pow(500);
        BigInteger y = BigInteger.valueOf(7).pow(200).add(BigInteger.ONE);
        BigInteger[] qr = x.divideAndRemainder(y);
        System.out.println(qr[0]);
        System.out.println(qr[1]);
        System.out.println(qr[0].multiply(y).add(qr[1]).equals(x));
        BigInteger n = BigInteger.TEN.pow(200);
        for (int k = 1; k <= 5; k++) {
            BigInteger d = BigInteger.TEN.pow(40 * k).subtract(BigInteger.ONE);
            System.out.println("10^200 / (10^" + (40 * k) + "-1): " + n.divide(d) + " r " + n.remainder(d));
        }
    }
}
