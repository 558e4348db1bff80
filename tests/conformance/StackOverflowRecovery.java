/** StackOverflowError: caught at several depths, finally blocks run while unwinding, recursion works afterwards. */
public class StackOverflowRecovery {
    static int depth;
    static int finallies;

    static int down(int n) {
        depth = n;
        return down(n + 1) + 1;
    }

    static int downWithFinally(int n) {
        try {
            return downWithFinally(n + 1);
        } finally {
            finallies++;
        }
    }

    static long downLongs(long a, long b, double c) {
        return downLongs(a + 1, b - 1, c * 1.0) + 1;
    }

    static int catchInside(int n) {
        try {
            return catchInside(n + 1);
        } catch (StackOverflowError e) {
            return n;
        }
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            try {
                down(0);
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": caught, depth > 1000: " + (depth > 1000) + ", message "
                    + e.getMessage());
            }
        }
        try {
            downWithFinally(0);
        } catch (StackOverflowError e) {
            System.out.println("finallies ran: " + (finallies > 1000));
        }
        try {
            downLongs(0, 0, 1.0);
        } catch (StackOverflowError e) {
            System.out.println("wide frames overflow too: " + e.getClass().getName());
        }
        int caughtAt = catchInside(0);
        System.out.println("caught inside at positive depth: " + (caughtAt > 0));
        System.out.println("fib(20) after overflow = " + fib(20));
        try {
            down(0);
        } catch (Throwable t) {
            System.out.println("as Throwable: " + t.getClass().getSimpleName() + " is Error " + (t instanceof Error)
                + " is VirtualMachineError " + (t instanceof VirtualMachineError));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(fib(i + 10)).append(' ');
        }
        System.out.println("still fine: " + sb);
    }
}
