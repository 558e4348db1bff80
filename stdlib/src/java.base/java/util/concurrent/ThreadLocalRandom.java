package java.util.concurrent;

import java.util.Random;

/**
 * A random number generator for the current thread: {@link #current()} returns one shared instance whose state
 * lives per thread (a SplitMix64-style generator seeded from the clock and a per-thread increment), so threads
 * never contend. The {@code next*} methods of {@link Random} all draw from it; {@link #setSeed} is unsupported.
 */
public class ThreadLocalRandom extends Random {
    private static final long serialVersionUID = 1L;
    private static final long GAMMA = 0x9e3779b97f4a7c15L;
    private static long seeder = System.nanoTime() ^ 0x5DEECE66DL;

    private static final ThreadLocal<long[]> SEED = new ThreadLocal<long[]>();
    private static final ThreadLocalRandom instance = new ThreadLocalRandom();
    private final boolean initialized;

    private ThreadLocalRandom() {
        initialized = true;
    }

    /** The current thread's generator. */
    public static ThreadLocalRandom current() {
        return instance;
    }

    private static synchronized long nextSeed() {
        seeder += GAMMA;
        return mix64(seeder ^ System.nanoTime());
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long nextState() {
        long[] s = SEED.get();
        if (s == null) {
            s = new long[] {nextSeed()};
            SEED.set(s);
        }
        s[0] += GAMMA;
        return mix64(s[0]);
    }

    /** Unsupported once constructed. */
    @Override
    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    protected int next(int bits) {
        return (int) (nextState() >>> (64 - bits));
    }

    @Override
    public long nextLong() {
        return nextState();
    }
}
