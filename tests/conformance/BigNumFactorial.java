import java.math.BigInteger;

/** Factorials with BigInteger: 1! to 60!, digit sums, 1000! length and trailing zeros, ratios of factorials. */
public class BigNumFactorial {
    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    static int digitSum(BigInteger v) {
        String s = v.toString();
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i) - '0';
        }
        return sum;
    }

    public static void main(String[] args) {
        BigInteger f = BigInteger.ONE;
        for (int n = 1; n <= 60; n++) {
            f = f.multiply(BigInteger.valueOf(n));
            System.out.println(n + "! = " + f + " (digits " + f.toString().length() + ", sum " + digitSum(f) + ")");
        }
        BigInteger big = factorial(1000);
        String s = big.toString();
        int zeros = 0;
        while (s.charAt(s.length() - 1 - zeros) == '0') {
            zeros++;
        }
        System.out.println("1000! digits " + s.length() + " trailing zeros " + zeros + " digit sum " + digitSum(big));
        System.out.println("1000! starts " + s.substring(0, 40));
        System.out.println("1000!/998! = " + big.divide(factorial(998)));
        System.out.println("1000! mod 1000003 = " + big.mod(BigInteger.valueOf(1000003)));
        System.out.println("bitLength " + big.bitLength() + " bitCount " + big.bitCount() + " lowest " + big.getLowestSetBit());
        System.out.println("C(100,50) = " + factorial(100).divide(factorial(50).multiply(factorial(50))));
    }
}
