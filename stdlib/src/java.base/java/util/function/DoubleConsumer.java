package java.util.function;

/** An operation on a double, returning nothing. */
@FunctionalInterface
public interface DoubleConsumer {
    /** Applies this function. */
    void accept(double value);

    /** This operation followed by {@code after}. */
    default DoubleConsumer andThen(DoubleConsumer after) {
        java.util.Objects.requireNonNull(after);
        final DoubleConsumer self = this;
        return new DoubleConsumer() {
            @Override
            public void accept(double value) {
                self.accept(value);
                after.accept(value);
            }
        };
    }
}
