import java.math.BigInteger;
import java.util.Random;

/**
 * BigInteger's word kernels on operands of many sizes: products around and far above the Karatsuba threshold
 * (balanced and unbalanced), long division with one- and many-word divisors (checked by q*b + r == a and
 * printed), shifts by word and sub-word amounts, and decimal/hex/radix-36 strings of large values, all
 * with signs. Every printed value is a hash or a digit string, so a wrong word anywhere shows.
 */
public class BigNumKernels {
    static long h = 17;

    static void mix(BigInteger v) {
        h = h * 1_000_003L + v.hashCode();
        h ^= v.bitLength();
    }

    static BigInteger random(Random rnd, int bits) {
        BigInteger v = new BigInteger(bits, rnd);
        return rnd.nextBoolean() ? v.negate() : v;
    }

    public static void main(String[] args) {
        Random rnd = new Random(42);
        int[] sizes = {1, 31, 32, 33, 64, 95, 500, 1279, 1280, 1281, 2600, 5000, 12000, 40000};
        for (int sa : sizes) {
            for (int sb : sizes) {
                BigInteger a = random(rnd, sa);
                BigInteger b = random(rnd, sb);
                BigInteger p = a.multiply(b);
                mix(p);
                if (b.signum() != 0) {
                    BigInteger[] qr = p.add(a).divideAndRemainder(b);
                    if (!qr[0].multiply(b).add(qr[1]).equals(p.add(a)) || qr[1].abs().compareTo(b.abs()) >= 0) {
                        System.out.println("division identity fails for " + sa + "x" + sb);
                    }
                    mix(qr[0]);
                    mix(qr[1]);
                    mix(a.remainder(b));
                    mix(a.divide(b));
                }
                mix(a.add(b));
                mix(a.subtract(b));
            }
            System.out.println(sa + " bits: " + Long.toHexString(h));
        }
        BigInteger x = BigInteger.valueOf(3).pow(5000).subtract(BigInteger.ONE.shiftLeft(7000));
        String dec = x.toString();
        System.out.println(dec.length() + " " + dec.substring(0, 40) + " ... " + dec.substring(dec.length() - 40));
        System.out.println(new BigInteger(dec).equals(x));
        String hex = x.toString(16);
        System.out.println(hex.length() + " " + hex.substring(0, 40) + " " + new BigInteger(hex, 16).equals(x));
        String b36 = x.negate().toString(36);
        System.out.println(b36.length() + " " + b36.substring(0, 40) + " " + b36.substring(b36.length() - 10));
        for (int r = 2; r <= 36; r += 7) {
            System.out.println(r + ": " + BigInteger.TEN.pow(40).add(BigInteger.valueOf(r)).toString(r));
        }
        for (int n : new int[] {0, 1, 31, 32, 33, 63, 64, 65, 1000}) {
            BigInteger s = x.shiftLeft(n);
            System.out.println(n + " " + s.bitLength() + " " + s.shiftRight(n).equals(x) + " "
                    + x.shiftRight(n).bitLength() + " " + x.negate().shiftRight(n).add(BigInteger.ONE).signum()
                    + " " + Integer.toHexString(x.shiftRight(n).hashCode()));
        }
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 1500; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        String fs = f.toString();
        System.out.println("1500! has " + fs.length() + " digits, " + f.getLowestSetBit() + " trailing zero bits, ends "
                + fs.substring(fs.length() - 400, fs.length() - 370));
        BigInteger g = f.divide(BigInteger.valueOf(7).pow(200));
        System.out.println(g.mod(BigInteger.valueOf(1_000_000_007)) + " " + f.gcd(BigInteger.valueOf(7).pow(300)).bitLength());
        System.out.println(x.sqrt().bitLength() + " " + f.sqrt().mod(BigInteger.TEN.pow(20)));
    }
}
