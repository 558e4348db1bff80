package java.util.function;

/** A function from int to long. */
@FunctionalInterface
public interface IntToLongFunction {
    /** Applies this function. */
    long applyAsLong(int value);
}
