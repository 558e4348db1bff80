// jvm-args: -Xmn2m
// Values held in registers across the safepoint poll at a loop's back-edge survive a stop there. Compiled
// loops poll through a stub that clobbers no register, so doubles, floats, longs and ints stay in registers
// (and references in their stack-map slots) while the thread is stopped for another thread's collection.
// Worker threads run loops without allocation over arrays they only read, while the main thread allocates
// enough to collect many times; every result is checked against the same loop run alone first.
public class JitPollRegisters {
    static double kernel(double[] xs, long[] ls, int[] is, float[] fs, int rounds) {
        double d0 = 0.5, d1 = 1.25, d2 = -2.0, d3 = 0.0;
        long l0 = 7, l1 = -3;
        int i0 = 11, i1 = 0;
        float f0 = 1.5f, f1 = -0.25f;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < xs.length; k++) {
                double x = xs[k];
                d0 = d0 * 0.999 + x;
                d1 = d1 * 0.5 + d0 * 0.25;
                d2 = d2 + x * d1 - d0 * 0.125;
                d3 += Math.sqrt(Math.abs(d2)) * 1e-3;
                l0 = l0 * 31 + ls[k];
                l1 ^= l0 >>> 7;
                i0 = i0 * 17 + is[k];
                i1 += i0 >> 3;
                f0 = f0 * 0.75f + fs[k];
                f1 += f0 * 0.5f;
            }
        }
        return d0 + d1 + d2 + d3 + (double) (l0 ^ l1) * 1e-12 + (i0 ^ i1) + f0 + f1;
    }

    static double[] xs = new double[512];
    static long[] ls = new long[512];
    static int[] is = new int[512];
    static float[] fs = new float[512];

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        for (int k = 0; k < xs.length; k++) {
            xs[k] = (k % 13) * 0.125 - 0.75;
            ls[k] = k * 1_000_003L - 17;
            is[k] = k * 7919 - 3;
            fs[k] = (k % 5) * 0.25f - 0.5f;
        }
        double alone = kernel(xs, ls, is, fs, rounds);
        System.out.println("alone " + alone);
        int workers = 2;
        double[] results = new double[workers];
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            final int id = w;
            threads[w] = new Thread(() -> results[id] = kernel(xs, ls, is, fs, rounds));
            threads[w].start();
        }
        // Garbage while the workers loop: collections stop them at their polls.
        long kept = 0;
        Object[] ring = new Object[64];
        for (int n = 0; n < 200_000; n++) {
            int[] garbage = new int[16 + (n & 63)];
            garbage[0] = n;
            ring[n & 63] = garbage;
            kept += ((int[]) ring[(n * 7) & 63] == null) ? 0 : 1;
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int w = 0; w < workers; w++) {
            System.out.println("worker " + w + " " + (results[w] == alone ? "same" : "DIFFERENT " + results[w]));
        }
        System.out.println("kept " + kept);
    }
}
