/** int and long arithmetic at the edges: wrap-around, MIN_VALUE / -1, remainders of negatives, shift counts. */
public class IntArith {
    static int id(int x) { return x; }
    static long idl(long x) { return x; }

    public static void main(String[] args) {
        int max = id(Integer.MAX_VALUE), min = id(Integer.MIN_VALUE);
        System.out.println("MAX+1 = " + (max + 1));
        System.out.println("MIN-1 = " + (min - 1));
        System.out.println("MAX*2 = " + (max * 2));
        System.out.println("MIN/-1 = " + (min / id(-1)));
        System.out.println("MIN%-1 = " + (min % id(-1)));
        System.out.println("-MIN = " + (-min));
        System.out.println("abs(MIN) = " + Math.abs(min));
        long lmax = idl(Long.MAX_VALUE), lmin = idl(Long.MIN_VALUE);
        System.out.println("LMAX+1 = " + (lmax + 1));
        System.out.println("LMIN/-1 = " + (lmin / idl(-1)));
        System.out.println("LMIN%-1 = " + (lmin % idl(-1)));
        int[] as = {7, -7, 7, -7, 0, 13};
        int[] bs = {3, 3, -3, -3, 5, -4};
        for (int i = 0; i < as.length; i++) {
            int a = as[i], b = bs[i];
            System.out.println(a + " / " + b + " = " + (a / b) + ", % = " + (a % b)
                + ", floorDiv = " + Math.floorDiv(a, b) + ", floorMod = " + Math.floorMod(a, b));
        }
        int one = id(1);
        int[] counts = {0, 1, 31, 32, 33, 63, 64, -1, -31, 100};
        for (int c : counts) {
            System.out.println("1<<" + c + " = " + (one << c) + ", -8>>" + c + " = " + (id(-8) >> c)
                + ", -8>>>" + c + " = " + (id(-8) >>> c) + ", 1L<<" + c + " = " + (1L << c)
                + ", -8L>>>" + c + " = " + (idl(-8) >>> c));
        }
        System.out.println("int*int as long = " + ((long) max * max));
        System.out.println("int*int wrap = " + (max * max));
        System.out.println("long mul wrap = " + (lmax * 3));
        System.out.println("0x7fffffff + 0x7fffffff = " + (0x7fffffff + id(0x7fffffff)));
        System.out.println("(int) 3000000000L = " + (int) idl(3000000000L));
        System.out.println("(int) -1L = " + (int) idl(-1L));
        System.out.println("(long) MIN = " + (long) min);
        System.out.println("~5 = " + ~id(5) + ", 5 ^ -1 = " + (id(5) ^ -1) + ", 12 & 10 = " + (id(12) & 10)
            + ", 12 | 3 = " + (id(12) | 3));
        try {
            System.out.println(id(1) / id(0));
        } catch (ArithmeticException e) {
            System.out.println("int / 0: " + e.getMessage());
        }
        try {
            System.out.println(idl(1) % idl(0));
        } catch (ArithmeticException e) {
            System.out.println("long % 0: " + e.getMessage());
        }
        try {
            System.out.println(Math.addExact(max, 1));
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        int h = 0;
        for (int i = 0; i < 1000; i++) {
            h = h * 31 + i * 0x9E3779B9;
        }
        System.out.println("hash loop = " + h);
        long lh = 1;
        for (int i = 1; i <= 25; i++) {
            lh *= i;
        }
        System.out.println("25! mod 2^64 = " + lh);
        System.out.println("compare: " + Integer.compare(min, max) + " " + Long.compare(5, 5)
            + " " + Integer.compareUnsigned(-1, 1) + " " + Integer.divideUnsigned(-1, 3)
            + " " + Long.remainderUnsigned(-1L, 7));
    }
}
