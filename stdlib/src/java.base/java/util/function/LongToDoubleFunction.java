package java.util.function;

/** A function from long to double. */
@FunctionalInterface
public interface LongToDoubleFunction {
    /** Applies this function. */
    double applyAsDouble(long value);
}
