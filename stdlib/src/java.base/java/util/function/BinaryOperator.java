package java.util.function;

/** A function of two arguments of one type to that type. */
@FunctionalInterface
public interface BinaryOperator<T> extends BiFunction<T, T, T> {
    /** The lesser of two by {@code comparator} (the first on a tie). */
    static <T> BinaryOperator<T> minBy(java.util.Comparator<? super T> comparator) {
        java.util.Objects.requireNonNull(comparator);
        return new BinaryOperator<T>() {
            @Override
            public T apply(T a, T b) {
                return comparator.compare(a, b) <= 0 ? a : b;
            }
        };
    }

    /** The greater of two by {@code comparator} (the first on a tie). */
    static <T> BinaryOperator<T> maxBy(java.util.Comparator<? super T> comparator) {
        java.util.Objects.requireNonNull(comparator);
        return new BinaryOperator<T>() {
            @Override
            public T apply(T a, T b) {
                return comparator.compare(a, b) >= 0 ? a : b;
            }
        };
    }
}
