package java.util.function;

/** A double-valued function of two arguments. */
@FunctionalInterface
public interface ToDoubleBiFunction<T, U> {
    /** Applies this function. */
    double applyAsDouble(T t, U u);
}
