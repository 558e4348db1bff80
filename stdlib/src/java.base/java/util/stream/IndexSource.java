package java.util.stream;

import java.util.Arrays;

/**
 * A source over the index range {@code [lo, hi)} of an array or an arithmetic range, which splits off its first
 * half without copying: what a parallel evaluation divides best. Each kind has its own loop for
 * {@link #forEachRemaining}, so that a sequential traversal makes one call per element. Sources that cannot
 * split hand out batches of their elements copied into {@link Boxed} arrays ({@link #drain}).
 */
abstract class IndexSource extends Source {
    /** The next index and the fence. */
    long lo;
    final long hi;

    IndexSource(long lo, long hi) {
        this.lo = lo;
        this.hi = hi;
    }

    /** Pushes element {@code i} into {@code s}. */
    abstract void push(Sink s, long i);

    /** A source over {@code [from, to)} of the same elements. */
    abstract IndexSource slice(long from, long to);

    @Override
    final boolean tryAdvance(Sink s) {
        if (lo >= hi) {
            return false;
        }
        push(s, lo++);
        return true;
    }

    @Override
    final long exactSize() {
        return hi - lo;
    }

    /** The first half of the remaining elements as a new source; this one keeps the second half. */
    @Override
    final Source trySplit() {
        if (hi - lo < 2) {
            return null;
        }
        long mid = lo + ((hi - lo) >>> 1);
        IndexSource first = slice(lo, mid);
        lo = mid;
        return first;
    }

    /** The next (up to) {@code max} elements of {@code src}, copied (boxed) into an array. */
    static IndexSource drain(Source src, int max) {
        final class Drain extends Sink {
            Object[] a = new Object[Math.min(max, 1024)];
            int n;
            int shape = Pipeline.REF;

            private void add(Object o) {
                if (n == a.length) {
                    a = Arrays.copyOf(a, Math.min(max, n * 2));
                }
                a[n++] = o;
            }

            @Override
            public void accept(Object t) {
                add(t);
            }

            @Override
            public void accept(int v) {
                shape = Pipeline.INT;
                add(v);
            }

            @Override
            public void accept(long v) {
                shape = Pipeline.LONG;
                add(v);
            }

            @Override
            public void accept(double v) {
                shape = Pipeline.DOUBLE;
                add(v);
            }
        }
        Drain d = new Drain();
        while (d.n < max && src.tryAdvance(d)) {
            // each call adds one element
        }
        return new Boxed(d.a, d.shape, 0, d.n);
    }

    /** Elements of an object array, or boxed elements of a primitive shape. */
    static final class Boxed extends IndexSource {
        private final Object[] a;
        private final int shape;

        Boxed(Object[] a, int shape, long lo, long hi) {
            super(lo, hi);
            this.a = a;
            this.shape = shape;
        }

        @Override
        void push(Sink s, long i) {
            Sink.push(s, shape, a[(int) i]);
        }

        @Override
        void forEachRemaining(Sink s) {
            int end = (int) hi;
            for (int i = (int) lo; i < end; i++) {
                Sink.push(s, shape, a[i]);
            }
            lo = end;
        }

        @Override
        IndexSource slice(long from, long to) {
            return new Boxed(a, shape, from, to);
        }
    }

    /** {@code a[from..to)}. */
    static IndexSource ofArray(Object[] a, int from, int to) {
        return new Boxed(a, Pipeline.REF, from, to);
    }

    /** {@code a[from..to)} of ints. */
    static IndexSource ofInts(int[] a, int from, int to) {
        final class Ints extends IndexSource {
            Ints(long lo, long hi) {
                super(lo, hi);
            }

            @Override
            void push(Sink s, long i) {
                s.accept(a[(int) i]);
            }

            @Override
            void forEachRemaining(Sink s) {
                int end = (int) hi;
                for (int i = (int) lo; i < end; i++) {
                    s.accept(a[i]);
                }
                lo = end;
            }

            @Override
            IndexSource slice(long f, long t) {
                return new Ints(f, t);
            }
        }
        return new Ints(from, to);
    }

    /** {@code a[from..to)} of longs. */
    static IndexSource ofLongs(long[] a, int from, int to) {
        final class Longs extends IndexSource {
            Longs(long lo, long hi) {
                super(lo, hi);
            }

            @Override
            void push(Sink s, long i) {
                s.accept(a[(int) i]);
            }

            @Override
            void forEachRemaining(Sink s) {
                int end = (int) hi;
                for (int i = (int) lo; i < end; i++) {
                    s.accept(a[i]);
                }
                lo = end;
            }

            @Override
            IndexSource slice(long f, long t) {
                return new Longs(f, t);
            }
        }
        return new Longs(from, to);
    }

    /** {@code a[from..to)} of doubles. */
    static IndexSource ofDoubles(double[] a, int from, int to) {
        final class Doubles extends IndexSource {
            Doubles(long lo, long hi) {
                super(lo, hi);
            }

            @Override
            void push(Sink s, long i) {
                s.accept(a[(int) i]);
            }

            @Override
            void forEachRemaining(Sink s) {
                int end = (int) hi;
                for (int i = (int) lo; i < end; i++) {
                    s.accept(a[i]);
                }
                lo = end;
            }

            @Override
            IndexSource slice(long f, long t) {
                return new Doubles(f, t);
            }
        }
        return new Doubles(from, to);
    }

    /** The ints {@code from..last} (empty when {@code last < from}). */
    static IndexSource intRange(int from, long last) {
        final class IntRange extends IndexSource {
            IntRange(long lo, long hi) {
                super(lo, hi);
            }

            @Override
            void push(Sink s, long i) {
                s.accept((int) (from + i));
            }

            @Override
            void forEachRemaining(Sink s) {
                long end = hi;
                int v = (int) (from + lo);
                for (long i = lo; i < end; i++) {
                    s.accept(v++);
                }
                lo = end;
            }

            @Override
            IndexSource slice(long f, long t) {
                return new IntRange(f, t);
            }
        }
        return new IntRange(0, Math.max(0, last - from + 1));
    }

    /** The longs {@code from..last} (empty when {@code last < from}); null when their count overflows a long. */
    static IndexSource longRange(long from, long last) {
        long n = last < from ? 0 : last - from + 1;
        if (last >= from && n <= 0) {
            return null;
        }
        final class LongRange extends IndexSource {
            LongRange(long lo, long hi) {
                super(lo, hi);
            }

            @Override
            void push(Sink s, long i) {
                s.accept(from + i);
            }

            @Override
            void forEachRemaining(Sink s) {
                long end = hi;
                long v = from + lo;
                for (long i = lo; i < end; i++) {
                    s.accept(v++);
                }
                lo = end;
            }

            @Override
            IndexSource slice(long f, long t) {
                return new LongRange(f, t);
            }
        }
        return new LongRange(0, n);
    }
}
