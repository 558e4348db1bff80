package java.util.function;

/** A function of one argument. */
@FunctionalInterface
public interface Function<T, R> {
    /** Applies this function. */
    R apply(T t);

    /** {@code before}, then this function. */
    default <V> Function<V, R> compose(Function<? super V, ? extends T> before) {
        java.util.Objects.requireNonNull(before);
        final Function<T, R> self = this;
        return new Function<V, R>() {
            @Override
            public R apply(V v) {
                return self.apply(before.apply(v));
            }
        };
    }

    /** This function, then {@code after}. */
    default <V> Function<T, V> andThen(Function<? super R, ? extends V> after) {
        java.util.Objects.requireNonNull(after);
        final Function<T, R> self = this;
        return new Function<T, V>() {
            @Override
            public V apply(T t) {
                return after.apply(self.apply(t));
            }
        };
    }

    /** The function returning its argument. */
    static <T> Function<T, T> identity() {
        return new Function<T, T>() {
            @Override
            public T apply(T t) {
                return t;
            }
        };
    }
}
