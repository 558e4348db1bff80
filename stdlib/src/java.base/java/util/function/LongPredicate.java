package java.util.function;

/** A boolean-valued function of a long. */
@FunctionalInterface
public interface LongPredicate {
    /** Applies this function. */
    boolean test(long value);

    /** Both this and {@code other} (short-circuit). */
    default LongPredicate and(LongPredicate other) {
        java.util.Objects.requireNonNull(other);
        final LongPredicate self = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return self.test(value) && other.test(value);
            }
        };
    }

    /** The negation of this predicate. */
    default LongPredicate negate() {
        final LongPredicate self = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return !self.test(value);
            }
        };
    }

    /** Either this or {@code other} (short-circuit). */
    default LongPredicate or(LongPredicate other) {
        java.util.Objects.requireNonNull(other);
        final LongPredicate self = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return self.test(value) || other.test(value);
            }
        };
    }
}
