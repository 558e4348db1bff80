package java.util.function;

/** An operation on one argument, returning nothing. */
@FunctionalInterface
public interface Consumer<T> {
    /** Applies this function. */
    void accept(T t);

    /** This operation followed by {@code after}. */
    default Consumer<T> andThen(Consumer<? super T> after) {
        java.util.Objects.requireNonNull(after);
        final Consumer<T> self = this;
        return new Consumer<T>() {
            @Override
            public void accept(T t) {
                self.accept(t);
                after.accept(t);
            }
        };
    }
}
