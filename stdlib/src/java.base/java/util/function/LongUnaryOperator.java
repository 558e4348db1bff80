package java.util.function;

/** A function from long to long. */
@FunctionalInterface
public interface LongUnaryOperator {
    /** Applies this function. */
    long applyAsLong(long operand);

    /** {@code before}, then this operator. */
    default LongUnaryOperator compose(LongUnaryOperator before) {
        java.util.Objects.requireNonNull(before);
        final LongUnaryOperator self = this;
        return new LongUnaryOperator() {
            @Override
            public long applyAsLong(long operand) {
                return self.applyAsLong(before.applyAsLong(operand));
            }
        };
    }

    /** This operator, then {@code after}. */
    default LongUnaryOperator andThen(LongUnaryOperator after) {
        java.util.Objects.requireNonNull(after);
        final LongUnaryOperator self = this;
        return new LongUnaryOperator() {
            @Override
            public long applyAsLong(long operand) {
                return after.applyAsLong(self.applyAsLong(operand));
            }
        };
    }

    /** The operator returning its operand. */
    static LongUnaryOperator identity() {
        return new LongUnaryOperator() {
            @Override
            public long applyAsLong(long operand) {
                return operand;
            }
        };
    }
}
