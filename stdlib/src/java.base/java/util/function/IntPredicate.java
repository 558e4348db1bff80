package java.util.function;

/** A boolean-valued function of an int. */
@FunctionalInterface
public interface IntPredicate {
    /** Applies this function. */
    boolean test(int value);

    /** Both this and {@code other} (short-circuit). */
    default IntPredicate and(IntPredicate other) {
        java.util.Objects.requireNonNull(other);
        final IntPredicate self = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return self.test(value) && other.test(value);
            }
        };
    }

    /** The negation of this predicate. */
    default IntPredicate negate() {
        final IntPredicate self = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return !self.test(value);
            }
        };
    }

    /** Either this or {@code other} (short-circuit). */
    default IntPredicate or(IntPredicate other) {
        java.util.Objects.requireNonNull(other);
        final IntPredicate self = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return self.test(value) || other.test(value);
            }
        };
    }
}
