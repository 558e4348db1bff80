package java.util.stream;

import java.util.Iterator;

/**
 * Where a pipeline's elements come from: something that pushes its next element into a sink on request.
 * Sources are bound late (a collection's iterator is made at the first element) and report their exact size
 * when they know it, which lets {@code count()} answer without traversing, as the JDK does for sized streams.
 */
abstract class Source {
    /** How many elements more each batch of {@link #trySplit} takes than the one before, as on the JDK. */
    private static final int BATCH_UNIT = 1 << 10;
    /** The largest batch. */
    private static final int MAX_BATCH = 1 << 25;

    /** The size of the last batch split off. */
    private int batch;

    /** Pushes the next element into {@code s}; false when there is none. */
    abstract boolean tryAdvance(Sink s);

    /**
     * Pushes every remaining element into {@code s} without asking it about cancellation (see
     * {@link Sink#shortCircuits()}); sources override it with a loop of their own, one call per element.
     */
    void forEachRemaining(Sink s) {
        while (tryAdvance(s)) {
            // each call pushes one element
        }
    }

    /** The number of elements still to come, or -1 when unknown. */
    long exactSize() {
        return -1;
    }

    /** What a parallel evaluation divides by: the exact size if known, else an estimate (Long.MAX_VALUE: none). */
    long estimateSize() {
        long n = exactSize();
        return n < 0 ? Long.MAX_VALUE : n;
    }

    /** Whether the elements have an encounter order (they do unless a spliterator says otherwise). */
    boolean ordered() {
        return true;
    }

    /**
     * Splits off the first part of the remaining elements as a new source; this one keeps the rest. Null when
     * nothing can be split off. Sources that cannot divide themselves hand out batches, copied into an array,
     * of 1024, 2048, 3072... elements, as the JDK's spliterators over iterators do.
     */
    Source trySplit() {
        long left = estimateSize();
        int n = batch + BATCH_UNIT;
        if (n > left) {
            n = (int) left;
        }
        if (n > MAX_BATCH) {
            n = MAX_BATCH;
        }
        IndexSource first = IndexSource.drain(this, n);
        if (first.exactSize() == 0) {
            return null;
        }
        batch = n;
        return first;
    }

    /** The elements {@code a[from..to)}. */
    static Source ofArray(Object[] a, int from, int to) {
        return IndexSource.ofArray(a, from, to);
    }

    /** The remaining elements of {@code it}, of the given shape (primitive iterators are read unboxed). */
    static Source ofIterator(Iterator<?> it, int shape, long size) {
        return new Source() {
            long left = size;

            @Override
            boolean tryAdvance(Sink s) {
                if (!it.hasNext()) {
                    return false;
                }
                if (left > 0) {
                    left--;
                }
                switch (shape) {
                    case Pipeline.INT:
                        s.accept(((java.util.PrimitiveIterator.OfInt) it).nextInt());
                        break;
                    case Pipeline.LONG:
                        s.accept(((java.util.PrimitiveIterator.OfLong) it).nextLong());
                        break;
                    case Pipeline.DOUBLE:
                        s.accept(((java.util.PrimitiveIterator.OfDouble) it).nextDouble());
                        break;
                    default:
                        s.accept(it.next());
                }
                return true;
            }

            @Override
            long exactSize() {
                return size < 0 ? -1 : left;
            }
        };
    }

    /** The elements of {@code first}, then those of {@code second}. */
    static Source concat(Source first, Source second) {
        return new Source() {
            boolean inSecond;

            @Override
            boolean tryAdvance(Sink s) {
                if (!inSecond) {
                    if (first.tryAdvance(s)) {
                        return true;
                    }
                    inSecond = true;
                }
                return second.tryAdvance(s);
            }

            @Override
            void forEachRemaining(Sink s) {
                if (!inSecond) {
                    inSecond = true;
                    first.forEachRemaining(s);
                }
                second.forEachRemaining(s);
            }

            /** The first source as a whole (as the JDK's concatenation does), then the second's parts. */
            @Override
            Source trySplit() {
                if (inSecond) {
                    return second.trySplit();
                }
                inSecond = true;
                return first;
            }

            @Override
            boolean ordered() {
                return first.ordered() && second.ordered();
            }

            @Override
            long exactSize() {
                long b = second.exactSize();
                if (inSecond) {
                    return b;
                }
                long a = first.exactSize();
                if (a < 0 || b < 0) {
                    return -1;
                }
                long n = a + b;
                return n < 0 ? Long.MAX_VALUE : n;
            }
        };
    }

    /** No elements. */
    static Source empty() {
        return new Source() {
            @Override
            boolean tryAdvance(Sink s) {
                return false;
            }

            @Override
            long exactSize() {
                return 0;
            }
        };
    }
}
