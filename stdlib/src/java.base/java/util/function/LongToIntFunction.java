package java.util.function;

/** A function from long to int. */
@FunctionalInterface
public interface LongToIntFunction {
    /** Applies this function. */
    int applyAsInt(long value);
}
