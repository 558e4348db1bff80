/**
 * Counted loops of the shapes the JIT versions beyond `for (i = a; i < n; i += s) ... a[i]`: constant offsets
 * (`a[i + k]`, `a[i - k]`, `a[k + i]`), decreasing loops (`i >= lo`, `i > lo`, `i > 0`, `i -= s`), and
 * two-pointer loops whose bound moves toward the index (`for (lo = 0, hi = n; lo < hi; lo++, hi--)`). Each is
 * warmed up in bounds, then run so that an access leaves the bounds at the first, a middle or the last
 * iteration, with null arrays, arrays reassigned inside the loop, offsets and strides that wrap around. Every
 * case must throw the same exception with the same message after the same side effects as HotSpot.
 */
public final class LoopShapesBounds {
    /** a[i] = a[i + 1] for i from `from` while i < to (a rotation step, as in fannkuch). */
    static int shiftLeft(int[] a, int from, int to) {
        int moved = 0;
        for (int i = from; i < to; i++) {
            a[i] = a[i + 1];
            moved++;
        }
        return moved;
    }

    /** Reads a[i - 1], a[i] and a[i + 1] into b[i]: three offsets of one array, another array unshifted. */
    static long smooth(int[] a, int[] b, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            int v = a[i - 1] + a[i] + a[i + 1];
            b[i] = v;
            s += v;
        }
        return s;
    }

    /** The offset first: a[2 + i], and an offset by two steps (i + 1 + 1). */
    static long offsetFirst(int[] a, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += a[2 + i] * 3 + a[i + 1 + 1];
        }
        return s;
    }

    /** A large constant offset, with an index near Integer.MAX_VALUE: i + k wraps around. */
    static long farOffset(int[] a, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += a[i + 30000];
        }
        return s;
    }

    /** Counting down: i >= lo, stores a[i - 1] (the remaining[level - 1] = level loop of fannkuch). */
    static int downTo(int[] a, int from, int lo) {
        int stored = 0;
        for (int i = from; i >= lo; i--) {
            a[i - 1] = i;
            stored++;
        }
        return stored;
    }

    /** Counting down while i > 0 (an `ifle` test), by a variable step. */
    static long downStep(long[] a, int from, int step) {
        long s = 0;
        for (int i = from; i > 0; i -= step) {
            s += a[i];
        }
        return s;
    }

    /** Counting down while i > lo, by a constant step of 3, reading a[i + 2]. */
    static long downBy3(char[] a, int from, int lo) {
        long s = 0;
        for (int i = from; i > lo; i -= 3) {
            s = s * 31 + a[i + 2];
        }
        return s;
    }

    /** Counting down to a bound that lets i - step wrap around, the accesses guarded by a condition. */
    static int downWrapping(int[] a, int from, int lo, int step) {
        int visits = 0;
        for (int i = from; i >= lo; i -= step) {
            visits++;
            if (i > -40) {
                a[i + 40]++;
            }
        }
        return visits;
    }

    /** Counting up while i <= 0 (an `ifgt` test), reading a[i + 5]. */
    static int upToZero(int[] a, int from) {
        int s = 0;
        for (int i = from; i <= 0; i++) {
            s += a[i + 5];
        }
        return s;
    }

    /** Reverses a[lo..hi] in place: the flip of fannkuch (lo < hi, lo++, hi--). */
    static int reverse(int[] a, int lo, int hi) {
        int swaps = 0;
        for (; lo < hi; lo++, hi--) {
            int t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
            swaps++;
        }
        return swaps;
    }

    /** Copies a reversed into b, lo <= hi, updating hi before lo, by steps of 2 and 1. */
    static int reverseCopy(int[] a, int[] b, int lo, int hi) {
        int copied = 0;
        while (lo <= hi) {
            b[lo] = a[hi];
            b[hi] = a[lo];
            copied++;
            hi -= 1;
            lo += 2;
        }
        return copied;
    }

    /** A two-pointer loop moving toward each other from the top: hi > lo, hi--, lo++. */
    static int meetFromTop(byte[] a, int lo, int hi) {
        int s = 0;
        for (; hi > lo; hi--, lo++) {
            s += a[hi] - a[lo];
        }
        return s;
    }

    /** One bubble-sort pass: the bound a.length - 1, reading a[i] and a[i + 1]. */
    static int bubblePass(int[] a) {
        int swaps = 0;
        for (int i = 0; i < a.length - 1; i++) {
            if (a[i] > a[i + 1]) {
                int t = a[i];
                a[i] = a[i + 1];
                a[i + 1] = t;
                swaps++;
            }
        }
        return swaps;
    }

    /** The bound n - 2 (which wraps around for n near Integer.MIN_VALUE), i <= n - 2. */
    static long neighbours(int[] a, int[] b, int n) {
        long s = 0;
        for (int i = 1; i <= n - 2; i++) {
            b[i] = a[i - 1] + a[i + 1];
            s += b[i];
        }
        return s;
    }

    /** Counting down while i >= lo + 1, reading a[i - 1]. */
    static int downAbove(int[] a, int from, int lo) {
        int s = 0;
        for (int i = from; i >= lo + 1; i--) {
            s = s * 3 + a[i - 1];
        }
        return s;
    }

    /** A bound and an offset too large for sipush (ldc constants). */
    static long ldcShapes(int[] a, int from) {
        long s = 0;
        for (int i = from; i < 100000; i++) {
            s += a[i + 40000];
        }
        return s;
    }

    /** The array reassigned inside a loop with an offset. */
    static int switching(int[] first, int[] second, int n) {
        int[] a = first;
        int seen = 0;
        for (int i = 0; i < n; i++) {
            seen += a[i + 1];
            if (i == 2) {
                a = second;
            }
        }
        return seen;
    }

    /** A decreasing loop whose bound changes inside the loop. */
    static int loweringBound(int[] a, int from, int lo) {
        int seen = 0;
        for (int i = from; i >= lo; i--) {
            seen += a[i];
            if (i == from) {
                lo -= 3;
            }
        }
        return seen;
    }

    /** A `continue` to the latch of a loop with a counter updated before it. */
    static int skipping(int[] a, int n) {
        int odd = 0;
        for (int i = n - 1; i >= 0; i--) {
            if ((a[i] & 1) == 0) {
                continue;
            }
            odd++;
        }
        return odd;
    }

    static int get(int[] a, int i) {
        return a[i];
    }

    /** The shifted access in a small callee (inlined by the JIT). */
    static long viaCallee(int[] a, int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += get(a, i + 1) - get(a, i);
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

    public static void main(String[] args) {
        // Warm up: every loop in bounds, often enough to be compiled.
        long warm = 0;
        int[] ints = new int[64];
        int[] other = new int[64];
        long[] longs = new long[64];
        char[] chars = "the quick brown fox jumps over the lazy dog".toCharArray();
        byte[] bytes = new byte[64];
        int[] far = new int[30010];
        int[] huge = new int[140000];
        for (int i = 0; i < 64; i++) {
            ints[i] = i * 7;
            longs[i] = i;
            bytes[i] = (byte) (i * 5);
        }
        for (int round = 0; round < 3000; round++) {
            warm += shiftLeft(ints, round % 5, 63);
            ints[63] = round;
            warm += smooth(ints, other, 1, 63);
            warm += offsetFirst(ints, 62);
            warm += farOffset(far, round % 7, 10);
            warm += downTo(other, 64, 1 + round % 3);
            warm += downStep(longs, 63, 1 + round % 4);
            warm += downBy3(chars, chars.length - 3, round % 4);
            warm += downWrapping(ints, 20, -30, 7);
            warm += upToZero(ints, -5);
            warm += reverse(ints, round % 3, 63);
            warm += reverseCopy(ints, other, 0, 63);
            warm += meetFromTop(bytes, 0, 63);
            warm += bubblePass(ints);
            warm += neighbours(ints, other, 64);
            warm += downAbove(ints, 63, round % 4);
            warm += ldcShapes(huge, 99990 + round % 5);
            warm += switching(ints, other, 10);
            warm += loweringBound(ints, 20, 4);
            warm += skipping(ints, 64);
            warm += viaCallee(ints, 63);
        }
        System.out.println("warm " + warm);

        int[] a = new int[10];
        for (int i = 0; i < a.length; i++) {
            a[i] = i + 1;
        }
        report("shift, in bounds", () -> System.out.println(shiftLeft(a, 0, 9)));
        report("shift, last iteration", () -> System.out.println(shiftLeft(a, 3, 10)));
        report("shift, first iteration", () -> System.out.println(shiftLeft(a, -1, 4)));
        report("shift, null", () -> System.out.println(shiftLeft(null, 0, 4)));
        report("shift, empty", () -> System.out.println(shiftLeft(null, 4, 4)));
        System.out.println(java.util.Arrays.toString(a));

        int[] b = new int[10];
        report("smooth, in bounds", () -> System.out.println(smooth(a, b, 1, 9)));
        report("smooth, first iteration below", () -> System.out.println(smooth(a, b, 0, 9)));
        report("smooth, last iteration above", () -> System.out.println(smooth(a, b, 1, 10)));
        report("smooth, shorter output", () -> System.out.println(smooth(a, new int[5], 1, 9)));
        report("smooth, null output", () -> System.out.println(smooth(a, null, 1, 9)));
        System.out.println(java.util.Arrays.toString(b));

        report("offset first, in bounds", () -> System.out.println(offsetFirst(a, 8)));
        report("offset first, last iteration", () -> System.out.println(offsetFirst(a, 9)));
        report("far offset, wraps at first", () -> System.out.println(farOffset(a, Integer.MAX_VALUE - 10, Integer.MAX_VALUE - 2)));
        report("far offset, negative index", () -> System.out.println(farOffset(new int[30005], -30001, 2)));

        int[] c = new int[10];
        report("down to, in bounds", () -> System.out.println(downTo(c, 10, 1)));
        report("down to, last iteration", () -> System.out.println(downTo(c, 10, 0)));
        report("down to, first iteration", () -> System.out.println(downTo(c, 11, 5)));
        report("down to, null", () -> System.out.println(downTo(null, 3, 1)));
        report("down to, from MIN_VALUE", () -> System.out.println(downTo(c, Integer.MIN_VALUE, Integer.MIN_VALUE)));
        System.out.println(java.util.Arrays.toString(c));

        long[] l = new long[8];
        for (int i = 0; i < l.length; i++) {
            l[i] = 10L * i;
        }
        report("down step, in bounds", () -> System.out.println(downStep(l, 7, 2)));
        report("down step, first iteration", () -> System.out.println(downStep(l, 8, 3)));
        report("down step, negative step", () -> System.out.println(downStep(l, 5, -1)));
        report("down step, huge step", () -> System.out.println(downStep(l, 7, Integer.MAX_VALUE)));
        report("down step, MIN_VALUE step", () -> System.out.println(downStep(l, 7, Integer.MIN_VALUE)));
        report("down by 3, in bounds", () -> System.out.println(downBy3(chars, 30, -1)));
        report("down by 3, last iteration", () -> System.out.println(downBy3(chars, 30, -4)));
        report("down by 3, first iteration", () -> System.out.println(downBy3(chars, chars.length - 2, 20)));

        int[] w = new int[60];
        report("down wrapping, in bounds", () -> System.out.println(downWrapping(w, 19, -39, 2)));
        report("down wrapping, wraps", () -> System.out.println(downWrapping(w, -25, -30, Integer.MAX_VALUE)));
        report("up to zero, in bounds", () -> System.out.println(upToZero(a, -5)));
        report("up to zero, first iteration", () -> System.out.println(upToZero(a, -6)));
        report("up to zero, MIN_VALUE", () -> System.out.println(upToZero(a, Integer.MIN_VALUE)));

        int[] r = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        report("reverse, in bounds", () -> System.out.println(reverse(r, 0, 9)));
        report("reverse, hi too high", () -> System.out.println(reverse(r, 2, 10)));
        report("reverse, lo negative", () -> System.out.println(reverse(r, -1, 5)));
        report("reverse, null", () -> System.out.println(reverse(null, 0, 1)));
        report("reverse, empty", () -> System.out.println(reverse(null, 3, 3)));
        report("reverse, hi at MAX_VALUE", () -> System.out.println(reverse(r, 8, Integer.MAX_VALUE)));
        System.out.println(java.util.Arrays.toString(r));
        int[] out = new int[10];
        report("reverse copy, in bounds", () -> System.out.println(reverseCopy(r, out, 0, 9)));
        report("reverse copy, short output", () -> System.out.println(reverseCopy(r, new int[7], 0, 9)));
        report("reverse copy, short input", () -> System.out.println(reverseCopy(new int[8], out, 1, 8)));
        System.out.println(java.util.Arrays.toString(out));
        byte[] by = {5, 4, 3, 2, 1};
        report("meet from top, in bounds", () -> System.out.println(meetFromTop(by, 0, 4)));
        report("meet from top, hi too high", () -> System.out.println(meetFromTop(by, 1, 5)));
        report("meet from top, lo negative", () -> System.out.println(meetFromTop(by, -2, 4)));

        int[] u = {5, 3, 9, 1, 7, 2};
        report("bubble, in bounds", () -> System.out.println(bubblePass(u)));
        report("bubble, empty", () -> System.out.println(bubblePass(new int[0])));
        report("bubble, null", () -> System.out.println(bubblePass(null)));
        System.out.println(java.util.Arrays.toString(u));
        int[] v = new int[10];
        report("neighbours, in bounds", () -> System.out.println(neighbours(a, v, 10)));
        report("neighbours, last iteration", () -> System.out.println(neighbours(a, v, 11)));
        report("neighbours, short output", () -> System.out.println(neighbours(a, new int[4], 10)));
        report("neighbours, bound wraps", () -> System.out.println(neighbours(a, v, Integer.MIN_VALUE + 1)));
        report("neighbours, bound MIN_VALUE", () -> System.out.println(neighbours(a, v, Integer.MIN_VALUE)));
        System.out.println(java.util.Arrays.toString(v));
        report("down above, in bounds", () -> System.out.println(downAbove(a, 10, 0)));
        report("down above, last iteration", () -> System.out.println(downAbove(a, 10, -1)));
        report("down above, lo + 1 wraps", () -> System.out.println(downAbove(a, 3, Integer.MAX_VALUE)));
        report("down above, first iteration", () -> System.out.println(downAbove(a, 11, 5)));
        int[] h = new int[140000];
        h[139999] = 5;
        h[40000] = 7;
        report("ldc, in bounds", () -> System.out.println(ldcShapes(h, 99990)));
        report("ldc, first iteration", () -> System.out.println(ldcShapes(h, -40001)));
        report("ldc, last iteration", () -> System.out.println(ldcShapes(new int[139999], 99000)));
        report("ldc, empty", () -> System.out.println(ldcShapes(null, 100000)));
        report("switching to shorter", () -> System.out.println(switching(a, new int[3], 6)));
        report("switching to null", () -> System.out.println(switching(a, null, 6)));
        report("bound lowered", () -> System.out.println(loweringBound(a, 5, 3)));
        report("skipping, in bounds", () -> System.out.println(skipping(a, 10)));
        report("skipping, first iteration", () -> System.out.println(skipping(a, 11)));
        report("callee, in bounds", () -> System.out.println(viaCallee(a, 9)));
        report("callee, last iteration", () -> System.out.println(viaCallee(a, 10)));
        report("callee, null", () -> System.out.println(viaCallee(null, 1)));

        // A shifting loop in main, entered by on-stack replacement, failing at its last iteration.
        int[] big = new int[50_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = i;
        }
        int i = 0;
        try {
            for (i = 0; i < big.length; i++) {
                big[i] = big[i + 1] + 1;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("osr shift: " + e.getMessage() + " at " + i + ", last " + big[big.length - 1]);
        }
        int lo = 0;
        int hi = big.length;
        try {
            for (; lo < hi; lo++, hi--) {
                int t = big[lo];
                big[lo] = big[hi];
                big[hi] = t;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("osr reverse: " + e.getMessage() + " at " + lo + ", " + hi + ", first " + big[0]);
        }
        long total = 0;
        for (int k = big.length - 1; k >= 0; k--) {
            total += big[k] * (long) k;
        }
        System.out.println("osr total " + total);
    }
}
