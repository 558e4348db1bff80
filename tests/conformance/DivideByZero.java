/** Integer division and remainder by zero throw; floating division by zero does not. */
public class DivideByZero {
    static int zero() {
        return 0;
    }

    public static void main(String[] args) {
        int z = zero();
        try {
            System.out.println(10 / z);
        } catch (ArithmeticException e) {
            System.out.println("idiv: " + e.getMessage() + " | " + e);
        }
        try {
            System.out.println(10 % z);
        } catch (ArithmeticException e) {
            System.out.println("irem: " + e.getMessage());
        }
        try {
            long l = 10L / z;
            System.out.println(l);
        } catch (ArithmeticException e) {
            System.out.println("ldiv via int zero: " + e.getMessage());
        }
        try {
            int x = 0;
            x /= z;
            System.out.println(x);
        } catch (ArithmeticException e) {
            System.out.println("compound /=: " + e.getMessage());
        }
        try {
            Math.floorDiv(3, z);
        } catch (ArithmeticException e) {
            System.out.println("floorDiv: " + e.getMessage());
        }
        try {
            Math.floorMod(3L, (long) z);
        } catch (ArithmeticException e) {
            System.out.println("floorMod: " + e.getMessage());
        }
        try {
            Integer.divideUnsigned(3, z);
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned: " + e.getMessage());
        }
        System.out.println("10.0 / 0 = " + (10.0 / z) + ", -10.0f / 0 = " + (-10.0f / z) + ", 0.0 / 0 = " + (0.0 / z)
            + ", 10.0 % 0 = " + (10.0 % z));
        int count = 0;
        for (int i = -2; i <= 2; i++) {
            try {
                count += 100 / i;
            } catch (ArithmeticException e) {
                System.out.println("caught at i=" + i);
            }
        }
        System.out.println("count = " + count);
        int evaluated = 0;
        try {
            int[] arr = new int[2];
            arr[evaluated++] = 1 / z;
        } catch (ArithmeticException e) {
            System.out.println("index evaluated before division: " + evaluated);
        }
    }
}
