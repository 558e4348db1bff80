package java.util.function;

/** A function of a int. */
@FunctionalInterface
public interface IntFunction<R> {
    /** Applies this function. */
    R apply(int value);
}
