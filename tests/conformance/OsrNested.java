// jvm-args: -XX:CompileThreshold=300 -XX:OnStackReplacePercentage=100
// On-stack replacement in nested loops: the back-edge that reaches the threshold picks the head, an inner
// loop's in one method and an outer loop's in another. Exceptions thrown by the OSR'd code are caught in the
// same method (in the loop and around it) and in the caller.
public class OsrNested {
    // The inner loop runs 1,000 times per outer iteration: the threshold is crossed at its head.
    static long innerHot(int rounds) {
        long s = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 1000; k++) {
                s += k ^ r;
            }
        }
        return s;
    }

    // Two inner back-edges per outer iteration: the 300th back-edge is an outer one.
    static long outerHot(int rounds) {
        long s = 1;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                s = s * 3 + k + r;
            }
        }
        return s;
    }

    // Throws from the compiled loop; caught inside the loop, then once more around it.
    static int catchesOwn(int n) {
        int caught = 0;
        int[] data = new int[100];
        for (int i = 0; i < n; i++) {
            try {
                if (i % 997 == 996) throw new IllegalStateException("i=" + i);
                data[i % 100] += i;
            } catch (IllegalStateException e) {
                caught += e.getMessage().length();
            }
        }
        try {
            for (int i = 0; ; i++) {
                data[i] += 1;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            caught += 1000 * data[99] % 7;
        }
        return caught + data[7];
    }

    // Throws out of the compiled loop into the caller.
    static long scan(long[] values, int limit) {
        long total = 0;
        for (int i = 0; i < limit; i++) {
            total += values[i % values.length];
            if (total > 5_000_000L) throw new ArithmeticException("total " + total + " at " + i);
        }
        return total;
    }

    public static void main(String[] args) {
        System.out.println("innerHot " + innerHot(50));
        System.out.println("outerHot " + outerHot(5000));
        System.out.println("catchesOwn " + catchesOwn(20_000));
        long[] values = new long[37];
        for (int i = 0; i < values.length; i++) values[i] = i * 11L;
        try {
            System.out.println("scan " + scan(values, 1_000_000));
        } catch (ArithmeticException e) {
            StackTraceElement[] trace = e.getStackTrace();
            System.out.println("caller caught: " + e.getMessage() + " from " + trace[0] + " via " + trace[1]);
        }
        System.out.println("scan small " + scan(values, 100));
        // main's own loops: OSR at the outer head here (the inner one is too short to count first).
        long grid = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 1; x++) {
                grid += (long) y * 1000 + x;
            }
            if (y == 399) {
                try {
                    Object o = null;
                    o.hashCode();
                } catch (NullPointerException e) {
                    grid = -grid;
                }
            }
        }
        System.out.println("grid " + grid);
    }
}
