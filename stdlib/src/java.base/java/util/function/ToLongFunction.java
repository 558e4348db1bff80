package java.util.function;

/** A long-valued function of one argument. */
@FunctionalInterface
public interface ToLongFunction<T> {
    /** Applies this function. */
    long applyAsLong(T value);
}
