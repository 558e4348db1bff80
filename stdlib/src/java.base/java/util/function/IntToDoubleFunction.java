package java.util.function;

/** A function from int to double. */
@FunctionalInterface
public interface IntToDoubleFunction {
    /** Applies this function. */
    double applyAsDouble(int value);
}
