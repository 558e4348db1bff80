package java.util.function;

/** A function from double to double. */
@FunctionalInterface
public interface DoubleUnaryOperator {
    /** Applies this function. */
    double applyAsDouble(double operand);

    /** {@code before}, then this operator. */
    default DoubleUnaryOperator compose(DoubleUnaryOperator before) {
        java.util.Objects.requireNonNull(before);
        final DoubleUnaryOperator self = this;
        return new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double operand) {
                return self.applyAsDouble(before.applyAsDouble(operand));
            }
        };
    }

    /** This operator, then {@code after}. */
    default DoubleUnaryOperator andThen(DoubleUnaryOperator after) {
        java.util.Objects.requireNonNull(after);
        final DoubleUnaryOperator self = this;
        return new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double operand) {
                return after.applyAsDouble(self.applyAsDouble(operand));
            }
        };
    }

    /** The operator returning its operand. */
    static DoubleUnaryOperator identity() {
        return new DoubleUnaryOperator() {
            @Override
            public double applyAsDouble(double operand) {
                return operand;
            }
        };
    }
}
