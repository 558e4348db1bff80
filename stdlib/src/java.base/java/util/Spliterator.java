package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * An object for traversing (and possibly partitioning) the elements of a source, the iteration protocol of
 * streams. The array and {@code ArrayList} spliterators halve themselves; most others of Cortado's do not split
 * ({@link #trySplit} returns null, which is allowed), and parallel streams then take batches of them.
 */
public interface Spliterator<T> {
    /** Encounter order is defined. */
    int ORDERED = 0x00000010;
    /** No two elements are equal. */
    int DISTINCT = 0x00000001;
    /** Elements follow a defined sort order. */
    int SORTED = 0x00000004;
    /** {@link #estimateSize} is exact before traversal. */
    int SIZED = 0x00000040;
    /** No element is null. */
    int NONNULL = 0x00000100;
    /** The source cannot be structurally modified. */
    int IMMUTABLE = 0x00000400;
    /** The source may be modified concurrently. */
    int CONCURRENT = 0x00001000;
    /** Every split part is SIZED. */
    int SUBSIZED = 0x00004000;

    /** Performs {@code action} on the next element if there is one; whether there was. */
    boolean tryAdvance(Consumer<? super T> action);

    /** Performs {@code action} on each remaining element. */
    default void forEachRemaining(Consumer<? super T> action) {
        while (tryAdvance(action)) {
            // advancing
        }
    }

    /** Splits off a prefix of the elements, or returns null. */
    Spliterator<T> trySplit();

    /** An estimate of the remaining elements (Long.MAX_VALUE if unknown). */
    long estimateSize();

    /** {@link #estimateSize} if SIZED, else -1. */
    default long getExactSizeIfKnown() {
        return (characteristics() & SIZED) == 0 ? -1L : estimateSize();
    }

    /** The characteristics bit set. */
    int characteristics();

    /** Whether all the given characteristics are present. */
    default boolean hasCharacteristics(int characteristics) {
        return (characteristics() & characteristics) == characteristics;
    }

    /** The comparator of a SORTED source (null for natural order); IllegalStateException if not SORTED. */
    default Comparator<? super T> getComparator() {
        throw new IllegalStateException();
    }

    /** A spliterator over primitive values. */
    interface OfPrimitive<T, C, S extends OfPrimitive<T, C, S>> extends Spliterator<T> {
        @Override
        S trySplit();

        /** Performs {@code action} on the next value if there is one. */
        boolean tryAdvance(C action);

        /** Performs {@code action} on each remaining value. */
        default void forEachRemaining(C action) {
            while (tryAdvance(action)) {
                // advancing
            }
        }
    }

    /** A spliterator over {@code int} values. */
    interface OfInt extends OfPrimitive<Integer, IntConsumer, OfInt> {
        @Override
        OfInt trySplit();

        @Override
        boolean tryAdvance(IntConsumer action);

        @Override
        default void forEachRemaining(IntConsumer action) {
            while (tryAdvance(action)) {
                // advancing
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Integer> action) {
            if (action instanceof IntConsumer) {
                return tryAdvance((IntConsumer) action);
            }
            Objects.requireNonNull(action);
            return tryAdvance(new IntConsumer() {
                @Override
                public void accept(int v) {
                    action.accept(v);
                }
            });
        }

        @Override
        default void forEachRemaining(Consumer<? super Integer> action) {
            while (tryAdvance(action)) {
                // advancing
            }
        }
    }

    /** A spliterator over {@code long} values. */
    interface OfLong extends OfPrimitive<Long, LongConsumer, OfLong> {
        @Override
        OfLong trySplit();

        @Override
        boolean tryAdvance(LongConsumer action);

        @Override
        default void forEachRemaining(LongConsumer action) {
            while (tryAdvance(action)) {
                // advancing
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Long> action) {
            if (action instanceof LongConsumer) {
                return tryAdvance((LongConsumer) action);
            }
            Objects.requireNonNull(action);
            return tryAdvance(new LongConsumer() {
                @Override
                public void accept(long v) {
                    action.accept(v);
                }
            });
        }

        @Override
        default void forEachRemaining(Consumer<? super Long> action) {
            while (tryAdvance(action)) {
                // advancing
            }
        }
    }

    /** A spliterator over {@code double} values. */
    interface OfDouble extends OfPrimitive<Double, DoubleConsumer, OfDouble> {
        @Override
        OfDouble trySplit();

        @Override
        boolean tryAdvance(DoubleConsumer action);

        @Override
        default void forEachRemaining(DoubleConsumer action) {
            while (tryAdvance(action)) {
                // advancing
            }
        }

        @Override
        default boolean tryAdvance(Consumer<? super Double> action) {
            if (action instanceof DoubleConsumer) {
                return tryAdvance((DoubleConsumer) action);
            }
            Objects.requireNonNull(action);
            return tryAdvance(new DoubleConsumer() {
                @Override
                public void accept(double v) {
                    action.accept(v);
                }
            });
        }

        @Override
        default void forEachRemaining(Consumer<? super Double> action) {
            while (tryAdvance(action)) {
                // advancing
            }
        }
    }
}
