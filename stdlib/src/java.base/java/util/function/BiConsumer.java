package java.util.function;

/** An operation on two arguments, returning nothing. */
@FunctionalInterface
public interface BiConsumer<T, U> {
    /** Applies this function. */
    void accept(T t, U u);

    /** This operation followed by {@code after}. */
    default BiConsumer<T, U> andThen(BiConsumer<? super T, ? super U> after) {
        java.util.Objects.requireNonNull(after);
        final BiConsumer<T, U> self = this;
        return new BiConsumer<T, U>() {
            @Override
            public void accept(T t, U u) {
                self.accept(t, u);
                after.accept(t, u);
            }
        };
    }
}
