/** Compile-time constant expressions (folded by javac) against the same expressions computed at run time. */
public class ConstantExpressions {
    static final int BIG = Integer.MAX_VALUE;
    static final long LBIG = Long.MAX_VALUE;
    static final String GREETING = "hi" + 1 + 'c' + 2.5 + true + 'x' * 2;
    static final double RATIO = 1.0 / 3;
    static final float FRATIO = 1.0f / 3;
    static final char C = 'a' + 2;
    static final byte B = (byte) 200;
    static final short S = (short) 70000;

    static int rt(int x) {
        return x;
    }

    static long rtl(long x) {
        return x;
    }

    public static void main(String[] args) {
        System.out.println("folded  " + (BIG + 1) + " " + (BIG * 2) + " " + (LBIG + 1) + " " + (-Integer.MIN_VALUE) + " "
            + (Integer.MIN_VALUE / -1) + " " + (7 % -3) + " " + (-7 >> 1) + " " + (-7 >>> 28) + " " + (1 << 35) + " " + (1L << 67));
        System.out.println("runtime " + (rt(BIG) + 1) + " " + (rt(BIG) * 2) + " " + (rtl(LBIG) + 1) + " " + (-rt(Integer.MIN_VALUE))
            + " " + (rt(Integer.MIN_VALUE) / rt(-1)) + " " + (rt(7) % rt(-3)) + " " + (rt(-7) >> 1) + " " + (rt(-7) >>> 28) + " "
            + (1 << rt(35)) + " " + (1L << rt(67)));
        System.out.println("folded  " + GREETING + " " + RATIO + " " + FRATIO + " " + C + " " + B + " " + S);
        System.out.println("runtime " + ("hi" + rt(1) + 'c' + 2.5 + true + rt('x') * 2) + " " + (1.0 / rt(3)) + " "
            + (1.0f / rt(3)) + " " + (char) ('a' + rt(2)) + " " + (byte) rt(200) + " " + (short) rt(70000));
        System.out.println("folded  " + (int) 3.99e9 + " " + (long) -1e30 + " " + (int) Double.NaN + " " + (char) 65.7 + " "
            + (0.1 + 0.2) + " " + (float) 0.1 + " " + (double) 0.1f + " " + 1e-7 + " " + 100.0 / 0);
        double d1 = 3.99e9, d2 = -1e30, d3 = Double.NaN, d4 = 65.7, one = 0.1, two = 0.2, zero = 0;
        System.out.println("runtime " + (int) d1 + " " + (long) d2 + " " + (int) d3 + " " + (char) d4 + " " + (one + two) + " "
            + (float) one + " " + (double) (float) one + " " + 1e-7 * rt(1) + " " + 100.0 / zero);
        System.out.println("string identity " + (GREETING == ("hi" + 1 + 'c' + 2.5 + true + 'x' * 2)) + " "
            + (("ab" + "cd") == "abcd") + " " + (("ab" + rt(1)) == "ab1") + " " + (("ab" + rt(1)).intern() == "ab1"));
        final int local = 10;
        switch (rt(20)) {
            case local * 2 -> System.out.println("constant local in case label");
            default -> System.out.println("no");
        }
        System.out.println("bitwise folded " + (0xFF ^ 0x0F | 0x100 & ~0x10) + " runtime " + (rt(0xFF) ^ 0x0F | 0x100 & ~rt(0x10)));
    }
}
