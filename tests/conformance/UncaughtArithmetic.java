/** An uncaught ArithmeticException from long remainder by zero inside a loop; exit code 1. */
public class UncaughtArithmetic {
    public static void main(String[] args) {
        long total = 0;
        for (long d = 3; d >= -1; d--) {
            total += 100L % d;
            System.out.println("d=" + d + " total=" + total);
        }
    }
}
