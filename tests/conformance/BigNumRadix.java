import java.math.BigInteger;

/** toString(radix) and the radix constructor for every radix 2..36, out-of-range radixes, round trips. */
public class BigNumRadix {
    public static void main(String[] args) {
        BigInteger v = new BigInteger("-123456789012345678901234567890123456789");
        for (int r = 2; r <= 36; r++) {
            String s = v.toString(r);
            BigInteger back = new BigInteger(s, r);
            System.out.println(r + ": " + s + " " + back.equals(v));
        }
        System.out.println("radix 1 -> " + v.toString(1));
        System.out.println("radix 37 -> " + v.toString(37));
        System.out.println(new BigInteger("ffffffffffffffffffffffffffffffff", 16));
        System.out.println(new BigInteger("-zz", 36));
        System.out.println(new BigInteger("+0000000000000000000101", 2));
        System.out.println(new BigInteger("-0", 10) + " " + new BigInteger("000", 7));
        System.out.println(new BigInteger("1" + "0".repeat(100), 3).toString(27));
        System.out.println(BigInteger.valueOf(Long.MIN_VALUE).toString(2));
        System.out.println(BigInteger.valueOf(255).toString(16) + " " + BigInteger.valueOf(-255).toString(16) + " " + BigInteger.ZERO.toString(2));
        BigInteger big = BigInteger.valueOf(7).pow(300);
        System.out.println(big.toString(36));
        System.out.println(big.toString(8).length() + " " + big.toString(2).length() + " " + big.bitLength());
    }
}
