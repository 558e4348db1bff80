package java.util.function;

/** An operation on a int, returning nothing. */
@FunctionalInterface
public interface IntConsumer {
    /** Applies this function. */
    void accept(int value);

    /** This operation followed by {@code after}. */
    default IntConsumer andThen(IntConsumer after) {
        java.util.Objects.requireNonNull(after);
        final IntConsumer self = this;
        return new IntConsumer() {
            @Override
            public void accept(int value) {
                self.accept(value);
                after.accept(value);
            }
        };
    }
}
