/**
 * Counted loops over arrays whose index leaves the bounds at the first, a middle or the last iteration, with
 * constant and variable strides, bounds that are locals, constants or an array's length, null arrays, arrays
 * that change inside the loop, strides that make the index wrap around, and accesses in inlined callees.
 * The JIT runs such loops without per-access checks when a guard at the loop's entry proves them in bounds;
 * every case here must throw the same exception, with the same message, after the same side effects.
 */
public final class LoopBoundsChecks {
    static int[] shared = new int[8];

    /** Stores 1..: a[i] for i from `from` while i < to. */
    static int fillBelow(int[] a, int from, int to) {
        int stored = 0;
        for (int i = from; i < to; i++) {
            a[i] = ++stored;
        }
        return stored;
    }

    /** The same with `i <= to`, stepping by a variable stride. */
    static int fillUpTo(boolean[] a, int from, int to, int step) {
        int stored = 0;
        for (int m = from; m <= to; m += step) {
            a[m] = true;
            stored++;
        }
        return stored;
    }

    /** Reads below a.length, the bound an array's length. */
    static long sumAll(int[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    /** Two arrays indexed by the same variable; `b` may be the shorter. */
    static long dot(int[] a, int[] b, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += (long) a[i] * b[i];
        }
        return s;
    }

    /** The array changes inside the loop. */
    static int switching(int[] first, int[] second, int n) {
        int[] a = first;
        int seen = 0;
        for (int i = 0; i < n; i++) {
            seen += a[i];
            if (i == 2) {
                a = second;
            }
        }
        return seen;
    }

    /** A bound changed inside the loop. */
    static int shrinking(int[] a, int n) {
        int seen = 0;
        for (int i = 0; i < n; i++) {
            seen += a[i];
            if (i == 1) {
                n = n + 3;
            }
        }
        return seen;
    }

    static void put(int[] a, int i, int v) {
        a[i] = v;
    }

    /** The access in a small callee (inlined by the JIT). */
    static int viaCallee(int[] a, int n) {
        int stored = 0;
        for (int i = 0; i < n; i++) {
            put(a, i, i * 3);
            stored++;
        }
        return stored;
    }

    /** A constant bound. */
    static int constantBound(byte[] a) {
        int s = 0;
        for (int i = 0; i < 6; i++) {
            s += a[i];
        }
        return s;
    }

    /** A while loop whose `continue` jumps back to the head. */
    static int whileContinue(char[] a, int n) {
        int i = 0;
        int odd = 0;
        while (i < n) {
            char c = a[i];
            i = i + 1;
            if ((c & 1) == 0) {
                continue;
            }
            odd++;
        }
        return odd;
    }

    /** A handler inside the loop. */
    static int catching(int[] a, int n) {
        int caught = 0;
        for (int i = 0; i < n; i++) {
            try {
                a[i] = i;
            } catch (ArrayIndexOutOfBoundsException e) {
                caught++;
            }
        }
        return caught;
    }

    /** Counting down, and a long index. */
    static long down(long[] a, int from, long to) {
        long s = 0;
        for (int i = from; i >= 0; i--) {
            s += a[i];
        }
        for (long j = 0; j < to; j++) {
            s += a[(int) j];
        }
        return s;
    }

    /** A static array field, read once per iteration (not a local: always checked). */
    static int staticArray(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += shared[i];
        }
        return s;
    }

    static void report(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static int[] counter = new int[1];

    public static void main(String[] args) {
        // Warm up: every loop in bounds, often enough to be compiled.
        long warm = 0;
        int[] ints = new int[64];
        int[] other = new int[64];
        boolean[] flags = new boolean[64];
        byte[] bytes = {1, 2, 3, 4, 5, 6, 7};
        char[] chars = "abcdefghij".toCharArray();
        long[] longs = {1, 2, 3, 4};
        for (int round = 0; round < 3000; round++) {
            warm += fillBelow(ints, round % 7, 64);
            warm += fillUpTo(flags, 2, 63, 1 + round % 5);
            warm += sumAll(ints);
            warm += dot(ints, other, 64);
            warm += switching(ints, other, 10);
            warm += shrinking(ints, 4);
            warm += viaCallee(ints, 64);
            warm += constantBound(bytes);
            warm += whileContinue(chars, chars.length);
            warm += catching(ints, 64);
            warm += down(longs, 3 - round % 4, 4);
            warm += staticArray(8);
        }
        System.out.println("warm " + warm);

        int[] a = new int[10];
        report("below, first iteration", () -> System.out.println(fillBelow(a, -1, 5)));
        report("below, middle iteration", () -> System.out.println(fillBelow(a, 5, 20)));
        report("below, last iteration", () -> System.out.println(fillBelow(a, 0, 11)));
        System.out.println(java.util.Arrays.toString(a));
        report("below, in bounds", () -> System.out.println(fillBelow(a, 0, 10)));
        report("below, empty", () -> System.out.println(fillBelow(a, 50, 20)));
        report("below, null", () -> System.out.println(fillBelow(null, 0, 3)));
        report("below, null, empty", () -> System.out.println(fillBelow(null, 3, 3)));

        boolean[] f = new boolean[20];
        report("upto, last iteration", () -> System.out.println(fillUpTo(f, 0, 20, 4)));
        report("upto, in bounds", () -> System.out.println(fillUpTo(f, 1, 19, 3)));
        report("upto, stride zero is not counted", () -> System.out.println(fillUpTo(f, 25, 19, 0)));
        report("upto, negative stride", () -> System.out.println(fillUpTo(f, 3, 10, -1)));
        report("upto, index wraps around", () -> System.out.println(fillUpTo(f, 5, 8, Integer.MAX_VALUE - 3)));
        report("upto, bound at MAX_VALUE", () -> System.out.println(fillUpTo(f, 18, Integer.MAX_VALUE, 1)));
        report("upto, null", () -> System.out.println(fillUpTo(null, 0, 2, 1)));
        int count = 0;
        for (boolean b : f) {
            count += b ? 1 : 0;
        }
        System.out.println("flags set " + count);

        report("length bound", () -> System.out.println(sumAll(a)));
        report("length bound, null", () -> System.out.println(sumAll(null)));
        report("length bound, empty", () -> System.out.println(sumAll(new int[0])));
        report("dot, second shorter", () -> System.out.println(dot(a, new int[7], 10)));
        report("dot, first shorter", () -> System.out.println(dot(new int[3], a, 10)));
        report("dot, second null", () -> System.out.println(dot(a, null, 2)));
        report("dot, in bounds", () -> System.out.println(dot(a, a, 10)));
        report("switching to shorter", () -> System.out.println(switching(a, new int[3], 6)));
        report("switching to null", () -> System.out.println(switching(a, null, 6)));
        report("bound grows", () -> System.out.println(shrinking(a, 9)));
        report("callee, last iteration", () -> System.out.println(viaCallee(a, 11)));
        System.out.println(java.util.Arrays.toString(a));
        report("callee, null", () -> System.out.println(viaCallee(null, 1)));
        report("constant bound, short", () -> System.out.println(constantBound(new byte[5])));
        report("constant bound, null", () -> System.out.println(constantBound(null)));
        report("while continue, long n", () -> System.out.println(whileContinue(chars, 12)));
        report("catching", () -> System.out.println(catching(a, 14)));
        report("down, from too high", () -> System.out.println(down(longs, 4, 4)));
        report("down, long index", () -> System.out.println(down(longs, 0, 5)));
        report("static array", () -> System.out.println(staticArray(9)));

        // A loop in main, entered by on-stack replacement, failing at its last iteration.
        int[] big = new int[50_000];
        int i = 0;
        try {
            for (i = 0; i <= big.length; i++) {
                big[i] = i;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("osr loop: " + e.getMessage() + " at " + i);
        }
        long total = 0;
        for (int k = 0; k < big.length; k++) {
            total += big[k];
        }
        System.out.println("osr total " + total);
        // A variable stride whose sum wraps around after many iterations, in an OSR-entered loop.
        int[] wide = new int[40_000];
        int step = 7;
        int last = 0;
        try {
            for (int m = 3; m <= 39_999; m += step) {
                wide[m] = m;
                last = m;
                if (m > 30_000) {
                    step = Integer.MAX_VALUE - 30_000;
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("wrapping stride: " + e.getMessage() + " after " + last);
        }
    }
}
