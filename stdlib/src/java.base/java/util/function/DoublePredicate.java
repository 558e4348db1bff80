package java.util.function;

/** A boolean-valued function of a double. */
@FunctionalInterface
public interface DoublePredicate {
    /** Applies this function. */
    boolean test(double value);

    /** Both this and {@code other} (short-circuit). */
    default DoublePredicate and(DoublePredicate other) {
        java.util.Objects.requireNonNull(other);
        final DoublePredicate self = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return self.test(value) && other.test(value);
            }
        };
    }

    /** The negation of this predicate. */
    default DoublePredicate negate() {
        final DoublePredicate self = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return !self.test(value);
            }
        };
    }

    /** Either this or {@code other} (short-circuit). */
    default DoublePredicate or(DoublePredicate other) {
        java.util.Objects.requireNonNull(other);
        final DoublePredicate self = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return self.test(value) || other.test(value);
            }
        };
    }
}
