package java.util.function;

/** A double-valued function of one argument. */
@FunctionalInterface
public interface ToDoubleFunction<T> {
    /** Applies this function. */
    double applyAsDouble(T value);
}
