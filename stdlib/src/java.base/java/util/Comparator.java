package java.util;

/**
 * A comparison function imposing a total order. The key-extractor combinators ({@code comparing},
 * {@code thenComparing(Function)}) are not here yet; ordering and reversing are.
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
