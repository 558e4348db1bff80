package java.util.function;

/** A function of a long. */
@FunctionalInterface
public interface LongFunction<R> {
    /** Applies this function. */
    R apply(long value);
}
