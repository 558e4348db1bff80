package java.util;

/**
 * The 48-bit linear congruential generator of the API documentation: seed' = (seed * 0x5DEECE66D + 0xB) mod
 * 2^48, {@code next(bits)} the top bits. Every {@code next*} method draws from it exactly as documented, so a
 * seeded Random gives HotSpot's sequence ({@code nextInt(bound)} with its rejection loop, {@code nextGaussian}
 * by the polar method with its cached second value).
 */
public class Random implements java.io.Serializable {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static long seedUniquifier = 8682522807148012L;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    /** A generator seeded from the clock and a per-instance counter. */
    public Random() {
        this(nextUniquifier() ^ System.nanoTime());
    }

    private static synchronized long nextUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    /** A generator with the given seed. */
    public Random(long seed) {
        this.seed = scramble(seed);
    }

    private static long scramble(long seed) {
        return (seed ^ MULTIPLIER) & MASK;
    }

    /** Resets the seed (and forgets a cached Gaussian). */
    public synchronized void setSeed(long seed) {
        this.seed = scramble(seed);
        haveNextNextGaussian = false;
    }

    /** Advances the generator and returns its top {@code bits} bits. */
    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    /** Fills {@code bytes}, four per int drawn, low byte first. */
    public void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        while (i < len) {
            int rnd = nextInt();
            for (int n = Math.min(len - i, 4); n-- > 0; rnd >>= 8) {
                bytes[i++] = (byte) rnd;
            }
        }
    }

    /** A uniform int. */
    public int nextInt() {
        return next(32);
    }

    /** A uniform int in {@code [0, bound)}. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {
            // rejected: u fell in the incomplete last block
        }
        return r;
    }

    /** A uniform int in {@code [origin, bound)}. */
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {
                // rejected
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = nextInt();
        }
        return r;
    }

    /** A uniform long: two draws of 32 bits. */
    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    /** A uniform boolean. */
    public boolean nextBoolean() {
        return next(1) != 0;
    }

    /** A uniform float in {@code [0, 1)} from 24 bits. */
    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    /** A uniform double in {@code [0, 1)} from 53 bits. */
    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
    }

    /** A standard normal value (polar method; the second value of each pair is cached). */
    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
}
