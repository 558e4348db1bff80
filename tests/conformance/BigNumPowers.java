import java.math.BigInteger;

/** BigInteger.pow for positive, negative and power-of-two bases; shifts as powers of two; powers of ten. */
public class BigNumPowers {
    public static void main(String[] args) {
        long[] bases = {0, 1, -1, 2, -2, 3, -3, 7, 10, 16, -16, 12345, 4294967296L, -4294967295L, Long.MAX_VALUE, Long.MIN_VALUE};
        int[] exps = {0, 1, 2, 3, 5, 10, 17, 31, 64};
        for (long b : bases) {
            StringBuilder sb = new StringBuilder();
            BigInteger bb = BigInteger.valueOf(b);
            for (int e : exps) {
                BigInteger p = bb.pow(e);
                sb.append(e).append(':').append(p.bitLength()).append('/').append(p.signum()).append(' ');
            }
            System.out.println(b + " -> " + sb);
            System.out.println("  ^17 = " + bb.pow(17));
        }
        for (int k = 0; k <= 100; k += 7) {
            System.out.println("2^" + k + " = " + BigInteger.TWO.pow(k) + " shift " + BigInteger.ONE.shiftLeft(k).equals(BigInteger.TWO.pow(k)));
        }
        BigInteger three = BigInteger.valueOf(3);
        String s = three.pow(2000).toString();
        System.out.println("3^2000 has " + s.length() + " digits, ends " + s.substring(s.length() - 30));
        System.out.println("10^50 = " + BigInteger.TEN.pow(50));
        System.out.println("(-10)^51 = " + BigInteger.TEN.negate().pow(51));
        System.out.println("7^100 mod 13 = " + BigInteger.valueOf(7).pow(100).mod(BigInteger.valueOf(13)));
        System.out.println("2^1000 digit count " + BigInteger.TWO.pow(1000).toString().length());
    }
}
