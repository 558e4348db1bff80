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
        checkRange(origin < bound);
        return intInRange(origin, bound);
    }

    /**
     * The documented bounded draw ({@code origin < bound} checked by the caller): one {@code nextInt()}, masked
     * when the range is a power of two, else folded with rejection of the last incomplete block; a range wider
     * than {@code int} draws until the value falls inside.
     */
    private int intInRange(int origin, int bound) {
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

    /** A uniform long in {@code [0, bound)}. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return longInRange(0, bound);
    }

    /** A uniform long in {@code [origin, bound)}. */
    public long nextLong(long origin, long bound) {
        checkRange(origin < bound);
        return longInRange(origin, bound);
    }

    /** {@link #intInRange} for longs, drawing with {@code nextLong()}. */
    private long longInRange(long origin, long bound) {
        long r = nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        }
        if (n > 0) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0; u = nextLong() >>> 1) {
                // rejected
            }
            return r + origin;
        }
        while (r < origin || r >= bound) {
            r = nextLong();
        }
        return r;
    }

    /** A uniform double in {@code [0, bound)}. */
    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        double r = nextDouble() * bound;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** A uniform double in {@code [origin, bound)}. */
    public double nextDouble(double origin, double bound) {
        checkRange(origin < bound && bound - origin < Double.POSITIVE_INFINITY);
        return doubleInRange(origin, bound);
    }

    /** One {@code nextDouble()} scaled into {@code [origin, bound)}; rounding up to {@code bound} steps back. */
    private double doubleInRange(double origin, double bound) {
        double r = nextDouble() * (bound - origin) + origin;
        return r < bound ? r : Math.nextDown(bound);
    }

    /** An endless stream of {@link #nextInt()}. */
    public java.util.stream.IntStream ints() {
        return java.util.stream.IntStream.generate(new IntDraws(false, 0, 0));
    }

    /** {@code streamSize} values of {@link #nextInt()}. */
    public java.util.stream.IntStream ints(long streamSize) {
        return ints().limit(checkSize(streamSize));
    }

    /** An endless stream of ints in {@code [origin, bound)}, drawn as {@link #nextInt(int, int)} does. */
    public java.util.stream.IntStream ints(int origin, int bound) {
        checkRange(origin < bound);
        return java.util.stream.IntStream.generate(new IntDraws(true, origin, bound));
    }

    /** {@code streamSize} ints in {@code [origin, bound)}. */
    public java.util.stream.IntStream ints(long streamSize, int origin, int bound) {
        checkSize(streamSize);
        return ints(origin, bound).limit(streamSize);
    }

    /** An endless stream of {@link #nextLong()}. */
    public java.util.stream.LongStream longs() {
        return java.util.stream.LongStream.generate(new LongDraws(false, 0, 0));
    }

    /** {@code streamSize} values of {@link #nextLong()}. */
    public java.util.stream.LongStream longs(long streamSize) {
        return longs().limit(checkSize(streamSize));
    }

    /** An endless stream of longs in {@code [origin, bound)}, drawn as {@link #nextLong(long, long)} does. */
    public java.util.stream.LongStream longs(long origin, long bound) {
        checkRange(origin < bound);
        return java.util.stream.LongStream.generate(new LongDraws(true, origin, bound));
    }

    /** {@code streamSize} longs in {@code [origin, bound)}. */
    public java.util.stream.LongStream longs(long streamSize, long origin, long bound) {
        checkSize(streamSize);
        return longs(origin, bound).limit(streamSize);
    }

    /** An endless stream of {@link #nextDouble()}. */
    public java.util.stream.DoubleStream doubles() {
        return java.util.stream.DoubleStream.generate(new DoubleDraws(false, 0, 0));
    }

    /** {@code streamSize} values of {@link #nextDouble()}. */
    public java.util.stream.DoubleStream doubles(long streamSize) {
        return doubles().limit(checkSize(streamSize));
    }

    /** An endless stream of doubles in {@code [origin, bound)}, drawn as {@link #nextDouble(double, double)} does. */
    public java.util.stream.DoubleStream doubles(double origin, double bound) {
        checkRange(origin < bound && bound - origin < Double.POSITIVE_INFINITY);
        return java.util.stream.DoubleStream.generate(new DoubleDraws(true, origin, bound));
    }

    /** {@code streamSize} doubles in {@code [origin, bound)}. */
    public java.util.stream.DoubleStream doubles(long streamSize, double origin, double bound) {
        checkSize(streamSize);
        return doubles(origin, bound).limit(streamSize);
    }

    /*
     * The suppliers behind the streams (the class library is compiled without lambdas). Each draws from this
     * generator, so a stream and direct calls share one sequence, as the API documentation describes.
     */

    private final class IntDraws implements java.util.function.IntSupplier {
        private final boolean bounded;
        private final int origin;
        private final int bound;

        IntDraws(boolean bounded, int origin, int bound) {
            this.bounded = bounded;
            this.origin = origin;
            this.bound = bound;
        }

        @Override
        public int getAsInt() {
            return bounded ? intInRange(origin, bound) : nextInt();
        }
    }

    private final class LongDraws implements java.util.function.LongSupplier {
        private final boolean bounded;
        private final long origin;
        private final long bound;

        LongDraws(boolean bounded, long origin, long bound) {
            this.bounded = bounded;
            this.origin = origin;
            this.bound = bound;
        }

        @Override
        public long getAsLong() {
            return bounded ? longInRange(origin, bound) : nextLong();
        }
    }

    private final class DoubleDraws implements java.util.function.DoubleSupplier {
        private final boolean bounded;
        private final double origin;
        private final double bound;

        DoubleDraws(boolean bounded, double origin, double bound) {
            this.bounded = bounded;
            this.origin = origin;
            this.bound = bound;
        }

        @Override
        public double getAsDouble() {
            return bounded ? doubleInRange(origin, bound) : nextDouble();
        }
    }

    private static long checkSize(long streamSize) {
        if (streamSize < 0) {
            throw new IllegalArgumentException("size must be non-negative");
        }
        return streamSize;
    }

    private static void checkRange(boolean ordered) {
        if (!ordered) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
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
