import java.util.concurrent.atomic.AtomicInteger;

/**
 * Four threads start the same long loop together (each spins until all have arrived, so none starts while
 * another is already far into the loop), so they reach its on-stack-replacement threshold together (the
 * back-edge count is the method's, shared) and all move into compiled code mid-loop; each result is exact.
 * vm/tests/osr.rs also runs this with -XX:+PrintCompilation and checks the loop was compiled once, not once
 * per thread.
 */
public class OsrSameLoopThreads {
    static long mix(int seed, int n) {
        long h = seed;
        int[] window = new int[8];
        for (int i = 0; i < n; i++) {
            window[i & 7] += i ^ seed;
            h = h * 31 + window[(i + 3) & 7];
            if ((i & 1023) == 0) {
                h ^= h >>> 17;
            }
        }
        return h;
    }

    static final AtomicInteger ARRIVED = new AtomicInteger();

    static void arrive(int parties) {
        ARRIVED.incrementAndGet();
        while (ARRIVED.get() < parties) {
            Thread.yield();
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = 4;
        int n = 400_000;
        long[] results = new long[threads];
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int k = t;
            ts[t] = new Thread(() -> {
                arrive(threads);
                results[k] = mix(k + 1, n);
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (int t = 0; t < threads; t++) {
            System.out.println("thread " + t + " " + results[t] + (results[t] == mix(t + 1, n) ? " again" : " differs"));
        }
    }
}
