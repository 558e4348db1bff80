package java.util.function;

/** A long-valued function of two arguments. */
@FunctionalInterface
public interface ToLongBiFunction<T, U> {
    /** Applies this function. */
    long applyAsLong(T t, U u);
}
