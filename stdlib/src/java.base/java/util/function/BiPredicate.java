package java.util.function;

/** A boolean-valued function of two arguments. */
@FunctionalInterface
public interface BiPredicate<T, U> {
    /** Applies this function. */
    boolean test(T t, U u);

    /** Both this and {@code other} (short-circuit). */
    default BiPredicate<T, U> and(BiPredicate<? super T, ? super U> other) {
        java.util.Objects.requireNonNull(other);
        final BiPredicate<T, U> self = this;
        return new BiPredicate<T, U>() {
            @Override
            public boolean test(T t, U u) {
                return self.test(t, u) && other.test(t, u);
            }
        };
    }

    /** The negation of this predicate. */
    default BiPredicate<T, U> negate() {
        final BiPredicate<T, U> self = this;
        return new BiPredicate<T, U>() {
            @Override
            public boolean test(T t, U u) {
                return !self.test(t, u);
            }
        };
    }

    /** Either this or {@code other} (short-circuit). */
    default BiPredicate<T, U> or(BiPredicate<? super T, ? super U> other) {
        java.util.Objects.requireNonNull(other);
        final BiPredicate<T, U> self = this;
        return new BiPredicate<T, U>() {
            @Override
            public boolean test(T t, U u) {
                return self.test(t, u) || other.test(t, u);
            }
        };
    }
}
