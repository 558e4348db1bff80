/** long arithmetic: MIN_VALUE / -1, % -1, division by zero, overflow, mixing with int. */
public class LongDivision {
    static long id(long x) {
        return x;
    }

    public static void main(String[] args) {
        long min = id(Long.MIN_VALUE);
        long max = id(Long.MAX_VALUE);
        System.out.println("min/-1 = " + (min / id(-1)));
        System.out.println("min%-1 = " + (min % id(-1)));
        System.out.println("max+1 = " + (max + 1));
        System.out.println("min-1 = " + (min - 1));
        System.out.println("max*3 = " + (max * 3));
        System.out.println("-min = " + (-min));
        long[] as = {7L, -7L, 7L, -7L, 10000000000L, -10000000000L, max, min};
        long[] bs = {2L, 2L, -2L, -2L, 3L, 7L, 1000000007L, 1000000007L};
        for (int i = 0; i < as.length; i++) {
            System.out.println(as[i] + " / " + bs[i] + " = " + (as[i] / bs[i]) + " rem " + (as[i] % bs[i]));
        }
        try {
            System.out.println(id(5) / id(0));
        } catch (ArithmeticException e) {
            System.out.println("ldiv: " + e.getMessage());
        }
        try {
            System.out.println(id(5) % id(0));
        } catch (ArithmeticException e) {
            System.out.println("lrem: " + e.getMessage());
        }
        int i = 1 << 30;
        long widened = i * 4;
        long wide = i * 4L;
        System.out.println("int*4 then widen = " + widened + ", long mul = " + wide);
        long f = 1;
        for (int k = 1; k <= 25; k++) {
            f *= k;
            if (k >= 19) {
                System.out.println(k + "! mod 2^64 = " + f);
            }
        }
        System.out.println("floorDiv(-7,2) = " + Math.floorDiv(-7L, 2L) + ", floorMod(-7,2) = " + Math.floorMod(-7L, 2L));
        System.out.println("floorDiv(min,-1) = " + Math.floorDiv(min, -1L));
        System.out.println("unsigned: " + Long.divideUnsigned(-1L, 10L) + " " + Long.remainderUnsigned(-1L, 10L));
        System.out.println("toUnsignedString(-1) = " + Long.toUnsignedString(-1L));
        System.out.println("compareUnsigned = " + Long.compareUnsigned(-1L, 1L));
        try {
            Math.multiplyExact(max, 2L);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Math.subtractExact(min, 1L);
        } catch (ArithmeticException e) {
            System.out.println("subtractExact: " + e.getMessage());
        }
    }
}
