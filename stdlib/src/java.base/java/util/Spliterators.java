package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Factories of basic spliterators: over arrays, over collections and iterators, and empty ones; and the
 * reverse adaptation of a spliterator to an iterator. None of them splits.
 */
public final class Spliterators {
    private Spliterators() {
    }

    /** An empty spliterator. */
    public static <T> Spliterator<T> emptySpliterator() {
        return new ArraySpliterator<T>(new Object[0], 0, 0, 0);
    }

    /** An empty int spliterator. */
    public static Spliterator.OfInt emptyIntSpliterator() {
        return new IntArraySpliterator(new int[0], 0, 0, 0);
    }

    /** An empty long spliterator. */
    public static Spliterator.OfLong emptyLongSpliterator() {
        return new LongArraySpliterator(new long[0], 0, 0, 0);
    }

    /** An empty double spliterator. */
    public static Spliterator.OfDouble emptyDoubleSpliterator() {
        return new DoubleArraySpliterator(new double[0], 0, 0, 0);
    }

    /** A spliterator over {@code array} (SIZED and SUBSIZED added). */
    public static <T> Spliterator<T> spliterator(Object[] array, int additionalCharacteristics) {
        return new ArraySpliterator<T>(array, 0, array.length, additionalCharacteristics);
    }

    /** A spliterator over {@code array[from, to)}. */
    public static <T> Spliterator<T> spliterator(Object[] array, int from, int to, int additionalCharacteristics) {
        checkRange(array.length, from, to);
        return new ArraySpliterator<T>(array, from, to, additionalCharacteristics);
    }

    /** A spliterator over {@code array}. */
    public static Spliterator.OfInt spliterator(int[] array, int additionalCharacteristics) {
        return new IntArraySpliterator(array, 0, array.length, additionalCharacteristics);
    }

    /** A spliterator over {@code array[from, to)}. */
    public static Spliterator.OfInt spliterator(int[] array, int from, int to, int additionalCharacteristics) {
        checkRange(array.length, from, to);
        return new IntArraySpliterator(array, from, to, additionalCharacteristics);
    }

    /** A spliterator over {@code array}. */
    public static Spliterator.OfLong spliterator(long[] array, int additionalCharacteristics) {
        return new LongArraySpliterator(array, 0, array.length, additionalCharacteristics);
    }

    /** A spliterator over {@code array[from, to)}. */
    public static Spliterator.OfLong spliterator(long[] array, int from, int to, int additionalCharacteristics) {
        checkRange(array.length, from, to);
        return new LongArraySpliterator(array, from, to, additionalCharacteristics);
    }

    /** A spliterator over {@code array}. */
    public static Spliterator.OfDouble spliterator(double[] array, int additionalCharacteristics) {
        return new DoubleArraySpliterator(array, 0, array.length, additionalCharacteristics);
    }

    /** A spliterator over {@code array[from, to)}. */
    public static Spliterator.OfDouble spliterator(double[] array, int from, int to,
            int additionalCharacteristics) {
        checkRange(array.length, from, to);
        return new DoubleArraySpliterator(array, from, to, additionalCharacteristics);
    }

    private static void checkRange(int length, int from, int to) {
        if (from > to) {
            throw new ArrayIndexOutOfBoundsException(new StringBuilder().append("origin(").append(from)
                .append(") > fence(").append(to).append(')').toString());
        }
        if (from < 0) {
            throw new ArrayIndexOutOfBoundsException(from);
        }
        if (to > length) {
            throw new ArrayIndexOutOfBoundsException(to);
        }
    }

    /** A spliterator over a collection's iterator, sized by the collection's size when traversal starts. */
    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        return new IteratorSpliterator<T>(Objects.requireNonNull(c), null, -1, characteristics, true);
    }

    /** A spliterator over {@code iterator}, of known {@code size}. */
    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        return new IteratorSpliterator<T>(null, Objects.requireNonNull(iterator), size, characteristics, true);
    }

    /** A spliterator over {@code iterator}, of unknown size. */
    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<T>(null, Objects.requireNonNull(iterator), Long.MAX_VALUE,
            characteristics & ~(Spliterator.SIZED | Spliterator.SUBSIZED), false);
    }

    /** An iterator over the elements of {@code spliterator}. */
    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        Objects.requireNonNull(spliterator);
        return new Iterator<T>() {
            private boolean ready;
            private T next;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = spliterator.tryAdvance(new Consumer<T>() {
                        @Override
                        public void accept(T t) {
                            next = t;
                        }
                    });
                }
                return ready;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                T t = next;
                next = null;
                return t;
            }
        };
    }

    /** An iterator over the values of {@code spliterator}. */
    public static PrimitiveIterator.OfInt iterator(Spliterator.OfInt spliterator) {
        Objects.requireNonNull(spliterator);
        return new PrimitiveIterator.OfInt() {
            private boolean ready;
            private int next;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = spliterator.tryAdvance(new IntConsumer() {
                        @Override
                        public void accept(int t) {
                            next = t;
                        }
                    });
                }
                return ready;
            }

            @Override
            public int nextInt() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        };
    }

    /** An iterator over the values of {@code spliterator}. */
    public static PrimitiveIterator.OfLong iterator(Spliterator.OfLong spliterator) {
        Objects.requireNonNull(spliterator);
        return new PrimitiveIterator.OfLong() {
            private boolean ready;
            private long next;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = spliterator.tryAdvance(new LongConsumer() {
                        @Override
                        public void accept(long t) {
                            next = t;
                        }
                    });
                }
                return ready;
            }

            @Override
            public long nextLong() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        };
    }

    /** An iterator over the values of {@code spliterator}. */
    public static PrimitiveIterator.OfDouble iterator(Spliterator.OfDouble spliterator) {
        Objects.requireNonNull(spliterator);
        return new PrimitiveIterator.OfDouble() {
            private boolean ready;
            private double next;

            @Override
            public boolean hasNext() {
                if (!ready) {
                    ready = spliterator.tryAdvance(new DoubleConsumer() {
                        @Override
                        public void accept(double t) {
                            next = t;
                        }
                    });
                }
                return ready;
            }

            @Override
            public double nextDouble() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                return next;
            }
        };
    }

    /** Over an object array range. */
    static final class ArraySpliterator<T> implements Spliterator<T> {
        private final Object[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        ArraySpliterator(Object[] array, int from, int to, int additional) {
            this.array = array;
            this.index = from;
            this.fence = to;
            this.characteristics = additional | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        @Override
        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (index < fence) {
                action.accept((T) array[index++]);
                return true;
            }
            return false;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            Object[] a = array;
            int end = fence;
            for (int i = index; i < end; i++) {
                action.accept((T) a[i]);
            }
            index = end;
        }

        /** The first half, leaving this the second (HotSpot's split, which parallel streams rely on). */
        @Override
        public Spliterator<T> trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            if (lo >= mid) {
                return null;
            }
            index = mid;
            return new ArraySpliterator<>(array, lo, mid, characteristics);
        }

        @Override
        public long estimateSize() {
            return fence - index;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }

        @Override
        public Comparator<? super T> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    /** Over an int array range. */
    static final class IntArraySpliterator implements Spliterator.OfInt {
        private final int[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        IntArraySpliterator(int[] array, int from, int to, int additional) {
            this.array = array;
            this.index = from;
            this.fence = to;
            this.characteristics = additional | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        @Override
        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        @Override
        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            int[] a = array;
            int end = fence;
            for (int i = index; i < end; i++) {
                action.accept(a[i]);
            }
            index = end;
        }

        /** The first half, leaving this the second (HotSpot's split, which parallel streams rely on). */
        @Override
        public Spliterator.OfInt trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            if (lo >= mid) {
                return null;
            }
            index = mid;
            return new IntArraySpliterator(array, lo, mid, characteristics);
        }

        @Override
        public long estimateSize() {
            return fence - index;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }

        @Override
        public Comparator<? super Integer> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    /** Over a long array range. */
    static final class LongArraySpliterator implements Spliterator.OfLong {
        private final long[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        LongArraySpliterator(long[] array, int from, int to, int additional) {
            this.array = array;
            this.index = from;
            this.fence = to;
            this.characteristics = additional | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        @Override
        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            if (index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        @Override
        public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            long[] a = array;
            int end = fence;
            for (int i = index; i < end; i++) {
                action.accept(a[i]);
            }
            index = end;
        }

        /** The first half, leaving this the second (HotSpot's split, which parallel streams rely on). */
        @Override
        public Spliterator.OfLong trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            if (lo >= mid) {
                return null;
            }
            index = mid;
            return new LongArraySpliterator(array, lo, mid, characteristics);
        }

        @Override
        public long estimateSize() {
            return fence - index;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }

        @Override
        public Comparator<? super Long> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    /** Over a double array range. */
    static final class DoubleArraySpliterator implements Spliterator.OfDouble {
        private final double[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        DoubleArraySpliterator(double[] array, int from, int to, int additional) {
            this.array = array;
            this.index = from;
            this.fence = to;
            this.characteristics = additional | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        @Override
        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        @Override
        public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            double[] a = array;
            int end = fence;
            for (int i = index; i < end; i++) {
                action.accept(a[i]);
            }
            index = end;
        }

        /** The first half, leaving this the second (HotSpot's split, which parallel streams rely on). */
        @Override
        public Spliterator.OfDouble trySplit() {
            int lo = index;
            int mid = (lo + fence) >>> 1;
            if (lo >= mid) {
                return null;
            }
            index = mid;
            return new DoubleArraySpliterator(array, lo, mid, characteristics);
        }

        @Override
        public long estimateSize() {
            return fence - index;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }

        @Override
        public Comparator<? super Double> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }

    /** Over an iterator, or a collection's iterator taken at the first traversal. */
    static final class IteratorSpliterator<T> implements Spliterator<T> {
        private final Collection<? extends T> collection;
        private Iterator<? extends T> it;
        private long est;
        private final int characteristics;

        /** {@code sized}: the size is known, so SIZED and SUBSIZED are added (unless CONCURRENT). */
        IteratorSpliterator(Collection<? extends T> collection, Iterator<? extends T> it, long size,
                int characteristics, boolean sized) {
            this.collection = collection;
            this.it = it;
            this.est = size;
            this.characteristics = sized && (characteristics & Spliterator.CONCURRENT) == 0
                ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED : characteristics;
        }

        private void start() {
            if (it == null) {
                it = collection.iterator();
                est = collection.size();
            }
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            start();
            if (it.hasNext()) {
                action.accept(it.next());
                return true;
            }
            return false;
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            start();
            it.forEachRemaining(action);
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            if (it == null) {
                return collection.size();
            }
            return est;
        }

        @Override
        public int characteristics() {
            return characteristics;
        }

        @Override
        public Comparator<? super T> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED)) {
                return null;
            }
            throw new IllegalStateException();
        }
    }
}
