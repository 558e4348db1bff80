package java.util.function;

/** A function from a type to itself. */
@FunctionalInterface
public interface UnaryOperator<T> extends Function<T, T> {
    /** The operator returning its argument. */
    static <T> UnaryOperator<T> identity() {
        return new UnaryOperator<T>() {
            @Override
            public T apply(T t) {
                return t;
            }
        };
    }
}
