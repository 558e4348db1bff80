import java.math.BigInteger;

/** BigInteger.sqrt and sqrtAndRemainder: perfect squares, neighbours of squares, and very large values. */
public class BigNumSqrt {
    public static void main(String[] args) {
        for (int i = 0; i <= 40; i++) {
            BigInteger[] sr = BigInteger.valueOf(i).sqrtAndRemainder();
            System.out.print(i + ":" + sr[0] + "+" + sr[1] + " ");
        }
        System.out.println();
        BigInteger x = new BigInteger("123456789012345678901234567890");
        for (int k = 0; k < 6; k++) {
            BigInteger sq = x.multiply(x);
            System.out.println(sq.sqrt().equals(x) + " " + sq.subtract(BigInteger.ONE).sqrt() + " " + sq.add(x.shiftLeft(1)).sqrt());
            x = x.multiply(BigInteger.valueOf(1000003)).add(BigInteger.valueOf(k));
        }
        BigInteger two = BigInteger.TWO.multiply(BigInteger.TEN.pow(200));
        System.out.println("sqrt(2) digits: " + two.sqrt());
        System.out.println(BigInteger.valueOf(Long.MAX_VALUE).sqrt() + " " + BigInteger.ONE.shiftLeft(64).sqrt() + " " + BigInteger.ONE.shiftLeft(127).sqrt());
    }
}
