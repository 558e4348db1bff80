package java.util.function;

/** A int-valued function of one argument. */
@FunctionalInterface
public interface ToIntFunction<T> {
    /** Applies this function. */
    int applyAsInt(T value);
}
