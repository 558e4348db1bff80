package java.util.function;

/** A function of two arguments. */
@FunctionalInterface
public interface BiFunction<T, U, R> {
    /** Applies this function. */
    R apply(T t, U u);

    /** This function, then {@code after}. */
    default <V> BiFunction<T, U, V> andThen(Function<? super R, ? extends V> after) {
        java.util.Objects.requireNonNull(after);
        final BiFunction<T, U, R> self = this;
        return new BiFunction<T, U, V>() {
            @Override
            public V apply(T t, U u) {
                return after.apply(self.apply(t, u));
            }
        };
    }
}
