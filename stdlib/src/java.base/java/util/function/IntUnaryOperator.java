package java.util.function;

/** A function from int to int. */
@FunctionalInterface
public interface IntUnaryOperator {
    /** Applies this function. */
    int applyAsInt(int operand);

    /** {@code before}, then this operator. */
    default IntUnaryOperator compose(IntUnaryOperator before) {
        java.util.Objects.requireNonNull(before);
        final IntUnaryOperator self = this;
        return new IntUnaryOperator() {
            @Override
            public int applyAsInt(int operand) {
                return self.applyAsInt(before.applyAsInt(operand));
            }
        };
    }

    /** This operator, then {@code after}. */
    default IntUnaryOperator andThen(IntUnaryOperator after) {
        java.util.Objects.requireNonNull(after);
        final IntUnaryOperator self = this;
        return new IntUnaryOperator() {
            @Override
            public int applyAsInt(int operand) {
                return after.applyAsInt(self.applyAsInt(operand));
            }
        };
    }

    /** The operator returning its operand. */
    static IntUnaryOperator identity() {
        return new IntUnaryOperator() {
            @Override
            public int applyAsInt(int operand) {
                return operand;
            }
        };
    }
}
