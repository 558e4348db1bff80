package java.util.function;

/** A function of a double. */
@FunctionalInterface
public interface DoubleFunction<R> {
    /** Applies this function. */
    R apply(double value);
}
