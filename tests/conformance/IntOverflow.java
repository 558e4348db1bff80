/** int arithmetic wraps: add/sub/mul/neg overflow, MIN_VALUE / -1 and % -1, truncating division. */
public class IntOverflow {
    static int id(int x) {
        return x;
    }

    public static void main(String[] args) {
        int max = id(Integer.MAX_VALUE);
        int min = id(Integer.MIN_VALUE);
        System.out.println("max+1 = " + (max + 1));
        System.out.println("min-1 = " + (min - 1));
        System.out.println("max*2 = " + (max * 2));
        System.out.println("max*max = " + (max * max));
        System.out.println("min*-1 = " + (min * id(-1)));
        System.out.println("-min = " + (-min));
        System.out.println("min/-1 = " + (min / id(-1)));
        System.out.println("min%-1 = " + (min % id(-1)));
        System.out.println("min/1 = " + (min / id(1)));
        System.out.println("min%2 = " + (min % id(2)));
        int[] as = {7, -7, 7, -7, 0, 1, -1, 100, -100};
        int[] bs = {2, 2, -2, -2, 3, 3, 3, 7, 7};
        for (int i = 0; i < as.length; i++) {
            int a = as[i], b = bs[i];
            System.out.println(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b));
        }
        int h = 0;
        for (int i = 0; i < 1000; i++) {
            h = 31 * h + i * 0x9E3779B9;
        }
        System.out.println("hash loop = " + h);
        int acc = 1;
        for (int i = 0; i < 40; i++) {
            acc *= 3;
            if (i % 5 == 4) {
                System.out.println("3^" + (i + 1) + " wrapped = " + acc);
            }
        }
        System.out.println("abs(min) = " + Math.abs(min));
        System.out.println("min - max = " + (min - max));
        System.out.println("max + max = " + (max + max));
        System.out.println("~max = " + (~max) + ", ~0 = " + (~id(0)));
        System.out.println("and/or/xor: " + (0xF0F0 & 0x0FF0) + " " + (0xF0F0 | 0x0FF0) + " " + (id(0xF0F0) ^ 0x0FF0));
        System.out.println("addExact ok: " + Math.addExact(1, 2));
        try {
            Math.addExact(max, 1);
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            Math.multiplyExact(min, -1);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Math.negateExact(min);
        } catch (ArithmeticException e) {
            System.out.println("negateExact: " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
    }
}
