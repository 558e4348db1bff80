package java.util.function;

/** An operation on a long, returning nothing. */
@FunctionalInterface
public interface LongConsumer {
    /** Applies this function. */
    void accept(long value);

    /** This operation followed by {@code after}. */
    default LongConsumer andThen(LongConsumer after) {
        java.util.Objects.requireNonNull(after);
        final LongConsumer self = this;
        return new LongConsumer() {
            @Override
            public void accept(long value) {
                self.accept(value);
                after.accept(value);
            }
        };
    }
}
