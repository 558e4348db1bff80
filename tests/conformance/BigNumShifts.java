import java.math.BigInteger;

/** shiftLeft and shiftRight with positive and negative values and distances; floor semantics for negatives. */
public class BigNumShifts {
    public static void main(String[] args) {
        String[] vals = {"1", "-1", "7", "-7", "-8", "1000000007", "-1000000007", "-4294967296", "36893488147419103232",
            "-36893488147419103231", "-340282366920938463463374607431768211455"};
        int[] dists = {0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 100, 130, -1, -33};
        for (String s : vals) {
            BigInteger v = new BigInteger(s);
            for (int d : dists) {
                System.out.println(v + " << " + d + " = " + v.shiftLeft(d) + ", >> = " + v.shiftRight(d));
            }
            for (int d = 0; d < 70; d += 9) {
                BigInteger floor = v.shiftRight(d);
                BigInteger div = v.divide(BigInteger.TWO.pow(d));
                System.out.println("  >> " + d + " vs divide: " + floor + " " + div);
            }
        }
        System.out.println((-5 >> 1) + " " + BigInteger.valueOf(-5).shiftRight(1));
        System.out.println((-1L >> 40) + " " + BigInteger.valueOf(-1).shiftRight(40));
    }
}
