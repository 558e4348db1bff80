package java.util.function;

/** A boolean-valued function of one argument. */
@FunctionalInterface
public interface Predicate<T> {
    /** Applies this function. */
    boolean test(T t);

    /** Both this and {@code other} (short-circuit). */
    default Predicate<T> and(Predicate<? super T> other) {
        java.util.Objects.requireNonNull(other);
        final Predicate<T> self = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return self.test(t) && other.test(t);
            }
        };
    }

    /** The negation of this predicate. */
    default Predicate<T> negate() {
        final Predicate<T> self = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return !self.test(t);
            }
        };
    }

    /** Either this or {@code other} (short-circuit). */
    default Predicate<T> or(Predicate<? super T> other) {
        java.util.Objects.requireNonNull(other);
        final Predicate<T> self = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return self.test(t) || other.test(t);
            }
        };
    }

    /** The predicate testing {@code Objects.equals(targetRef, t)}. */
    static <T> Predicate<T> isEqual(Object targetRef) {
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return java.util.Objects.equals(targetRef, t);
            }
        };
    }

    /** The negation of {@code target}. */
    @SuppressWarnings("unchecked")
    static <T> Predicate<T> not(Predicate<? super T> target) {
        java.util.Objects.requireNonNull(target);
        return (Predicate<T>) target.negate();
    }
}
