package java.util.function;

/** A int-valued function of two arguments. */
@FunctionalInterface
public interface ToIntBiFunction<T, U> {
    /** Applies this function. */
    int applyAsInt(T t, U u);
}
