package java.util.function;

/** A function from double to int. */
@FunctionalInterface
public interface DoubleToIntFunction {
    /** Applies this function. */
    int applyAsInt(double value);
}
