package java.util.function;

/** A function from double to long. */
@FunctionalInterface
public interface DoubleToLongFunction {
    /** Applies this function. */
    long applyAsLong(double value);
}
