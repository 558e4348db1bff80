import java.math.BigInteger;

/** Two's-complement bit operations on BigIntegers of both signs: and, or, xor, not, andNot, bit tests and edits. */
public class BigNumBits {
    public static void main(String[] args) {
        String[] vals = {"0", "1", "-1", "255", "-256", "4294967295", "-4294967296", "18446744073709551615",
            "-18446744073709551616", "123456789012345678901234567890", "-98765432109876543210987654321"};
        for (String sa : vals) {
            BigInteger a = new BigInteger(sa);
            System.out.println(a + ": not " + a.not() + " bitLength " + a.bitLength() + " bitCount " + a.bitCount()
                    + " lowest " + a.getLowestSetBit());
            StringBuilder bits = new StringBuilder();
            for (int i = 0; i < 70; i++) {
                bits.append(a.testBit(i) ? '1' : '0');
            }
            System.out.println("  bits " + bits);
            for (String sb : vals) {
                BigInteger b = new BigInteger(sb);
                System.out.println("  " + b + ": and " + a.and(b) + " or " + a.or(b) + " xor " + a.xor(b) + " andNot " + a.andNot(b));
            }
            int[] idx = {0, 5, 31, 32, 63, 64, 100};
            for (int i : idx) {
                System.out.println("  bit " + i + ": set " + a.setBit(i) + " clear " + a.clearBit(i) + " flip " + a.flipBit(i));
            }
        }
    }
}
