package java.util;

/**
 * A comparison function imposing a total order, with the combinators of the API: key extractors
 * ({@code comparing*}, {@code thenComparing*}), reversal, natural and reverse order, and null ordering.
 */
@FunctionalInterface
public interface Comparator<T> {
    /** Negative, zero or positive as {@code o1} is less than, equal to or greater than {@code o2}. */
    int compare(T o1, T o2);

    /** Whether {@code obj} is a comparator imposing the same order. */
    boolean equals(Object obj);

    /** The reverse of this order. */
    default Comparator<T> reversed() {
        return new Reversed<T>(this);
    }

    /** This order, with ties broken by {@code other}. */
    default Comparator<T> thenComparing(Comparator<? super T> other) {
        if (other == null) {
            throw new NullPointerException();
        }
        return new Then<T>(this, other);
    }

    /** The natural order of Comparable elements. */
    @SuppressWarnings("unchecked")
    static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return (Comparator<T>) Natural.INSTANCE;
    }

    /** The reverse of the natural order. */
    @SuppressWarnings("unchecked")
    static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {
        return (Comparator<T>) Natural.REVERSED;
    }

    /** This order, with ties broken by the natural order of {@code keyExtractor}'s keys. */
    default <U extends Comparable<? super U>> Comparator<T> thenComparing(
            java.util.function.Function<? super T, ? extends U> keyExtractor) {
        return thenComparing(comparing(keyExtractor));
    }

    /** This order, with ties broken by {@code keyComparator} on {@code keyExtractor}'s keys. */
    default <U> Comparator<T> thenComparing(java.util.function.Function<? super T, ? extends U> keyExtractor,
            Comparator<? super U> keyComparator) {
        return thenComparing(comparing(keyExtractor, keyComparator));
    }

    /** This order, with ties broken by an int key. */
    default Comparator<T> thenComparingInt(java.util.function.ToIntFunction<? super T> keyExtractor) {
        return thenComparing(comparingInt(keyExtractor));
    }

    /** This order, with ties broken by a long key. */
    default Comparator<T> thenComparingLong(java.util.function.ToLongFunction<? super T> keyExtractor) {
        return thenComparing(comparingLong(keyExtractor));
    }

    /** This order, with ties broken by a double key. */
    default Comparator<T> thenComparingDouble(java.util.function.ToDoubleFunction<? super T> keyExtractor) {
        return thenComparing(comparingDouble(keyExtractor));
    }

    /** Orders by the natural order of the keys {@code keyExtractor} gives. */
    static <T, U extends Comparable<? super U>> Comparator<T> comparing(
            java.util.function.Function<? super T, ? extends U> keyExtractor) {
        Objects.requireNonNull(keyExtractor);
        return new Comparator<T>() {
            @Override
            public int compare(T a, T b) {
                return keyExtractor.apply(a).compareTo(keyExtractor.apply(b));
            }
        };
    }

    /** Orders by {@code keyComparator} on the keys {@code keyExtractor} gives. */
    static <T, U> Comparator<T> comparing(java.util.function.Function<? super T, ? extends U> keyExtractor,
            Comparator<? super U> keyComparator) {
        Objects.requireNonNull(keyExtractor);
        Objects.requireNonNull(keyComparator);
        return new Comparator<T>() {
            @Override
            public int compare(T a, T b) {
                return keyComparator.compare(keyExtractor.apply(a), keyExtractor.apply(b));
            }
        };
    }

    /** Orders by an int key. */
    static <T> Comparator<T> comparingInt(java.util.function.ToIntFunction<? super T> keyExtractor) {
        Objects.requireNonNull(keyExtractor);
        return new Comparator<T>() {
            @Override
            public int compare(T a, T b) {
                return Integer.compare(keyExtractor.applyAsInt(a), keyExtractor.applyAsInt(b));
            }
        };
    }

    /** Orders by a long key. */
    static <T> Comparator<T> comparingLong(java.util.function.ToLongFunction<? super T> keyExtractor) {
        Objects.requireNonNull(keyExtractor);
        return new Comparator<T>() {
            @Override
            public int compare(T a, T b) {
                return Long.compare(keyExtractor.applyAsLong(a), keyExtractor.applyAsLong(b));
            }
        };
    }

    /** Orders by a double key (as {@link Double#compare}). */
    static <T> Comparator<T> comparingDouble(java.util.function.ToDoubleFunction<? super T> keyExtractor) {
        Objects.requireNonNull(keyExtractor);
        return new Comparator<T>() {
            @Override
            public int compare(T a, T b) {
                return Double.compare(keyExtractor.applyAsDouble(a), keyExtractor.applyAsDouble(b));
            }
        };
    }

    /** Nulls before everything else; non-nulls by {@code comparator} (all equal if it is null). */
    static <T> Comparator<T> nullsFirst(Comparator<? super T> comparator) {
        return new NullOrder<>(true, comparator);
    }

    /** Nulls after everything else; non-nulls by {@code comparator} (all equal if it is null). */
    static <T> Comparator<T> nullsLast(Comparator<? super T> comparator) {
        return new NullOrder<>(false, comparator);
    }

    /** The order of {@link #nullsFirst} and {@link #nullsLast}. */
    final class NullOrder<T> implements Comparator<T>, java.io.Serializable {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullOrder(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        @Override
        public int compare(T a, T b) {
            if (a == null) {
                return b == null ? 0 : (nullFirst ? -1 : 1);
            }
            if (b == null) {
                return nullFirst ? 1 : -1;
            }
            return real == null ? 0 : real.compare(a, b);
        }

        @Override
        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new NullOrder<>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        @Override
        public Comparator<T> reversed() {
            return new NullOrder<>(!nullFirst, real == null ? null : real.reversed());
        }
    }

    /** The natural order of Comparable values, used by {@link #naturalOrder()} and {@link #reverseOrder()}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    final class Natural implements Comparator<Comparable>, java.io.Serializable {
        static final Natural INSTANCE = new Natural(false);
        static final Natural REVERSED = new Natural(true);
        private final boolean reversed;

        private Natural(boolean reversed) {
            this.reversed = reversed;
        }

        @Override
        public int compare(Comparable a, Comparable b) {
            return reversed ? b.compareTo(a) : a.compareTo(b);
        }

        @Override
        public Comparator<Comparable> reversed() {
            return reversed ? INSTANCE : REVERSED;
        }
    }

    /** The reverse of another comparator's order. */
    final class Reversed<T> implements Comparator<T>, java.io.Serializable {
        private final Comparator<T> order;

        Reversed(Comparator<T> order) {
            this.order = order;
        }

        @Override
        public int compare(T a, T b) {
            return order.compare(b, a);
        }

        @Override
        public Comparator<T> reversed() {
            return order;
        }
    }

    /** One comparator's order with ties broken by a second. */
    final class Then<T> implements Comparator<T>, java.io.Serializable {
        private final Comparator<T> first;
        private final Comparator<? super T> second;

        Then(Comparator<T> first, Comparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public int compare(T a, T b) {
            int r = first.compare(a, b);
            return r != 0 ? r : second.compare(a, b);
        }
    }
}
