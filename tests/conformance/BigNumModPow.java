import java.math.BigInteger;

/** modPow and modInverse: Fermat checks, a toy RSA round trip, negative exponents, even moduli. */
public class BigNumModPow {
    public static void main(String[] args) {
        BigInteger p = new BigInteger("170141183460469231731687303715884105727"); // 2^127 - 1
        BigInteger q = new BigInteger("618970019642690137449562111"); // 2^89 - 1
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        BigInteger d = e.modInverse(phi);
        System.out.println("n = " + n);
        System.out.println("d = " + d);
        System.out.println("e*d mod phi = " + e.multiply(d).mod(phi));
        String[] messages = {"42", "123456789012345678901234567890", "99999999999999999999999999999999999999999"};
        for (String m : messages) {
            BigInteger msg = new BigInteger(m);
            BigInteger c = msg.modPow(e, n);
            BigInteger back = c.modPow(d, n);
            System.out.println("msg " + m + " -> " + c + " -> " + back + " ok " + back.equals(msg));
        }
        for (int a = 2; a < 12; a++) {
            System.out.println("Fermat " + a + "^(p-1) mod p = " + BigInteger.valueOf(a).modPow(p.subtract(BigInteger.ONE), p));
        }
        BigInteger m = BigInteger.valueOf(1000000007);
        System.out.println("3^-1 mod 1e9+7 = " + BigInteger.valueOf(3).modInverse(m));
        System.out.println("3^-5 mod 1e9+7 = " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(-5), m));
        System.out.println("(-7)^13 mod 1000 = " + BigInteger.valueOf(-7).modPow(BigInteger.valueOf(13), BigInteger.valueOf(1000)));
        System.out.println("5^0 mod 7 = " + BigInteger.valueOf(5).modPow(BigInteger.ZERO, BigInteger.valueOf(7)));
        System.out.println("5^3 mod 1 = " + BigInteger.valueOf(5).modPow(BigInteger.valueOf(3), BigInteger.ONE));
        System.out.println("2^1000 mod 2^64 = " + BigInteger.TWO.modPow(BigInteger.valueOf(1000), BigInteger.TWO.pow(64)));
        System.out.println("12345^6789 mod 2^100+4 = " + BigInteger.valueOf(12345).modPow(BigInteger.valueOf(6789), BigInteger.TWO.pow(100).add(BigInteger.valueOf(4))));
        System.out.println("-17 modInverse 101 = " + BigInteger.valueOf(-17).modInverse(BigInteger.valueOf(101)));
    }
}
