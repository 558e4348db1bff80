package java.util.concurrent;

/**
 * A task that returns a result and may throw a checked exception.
 */
@FunctionalInterface
public interface Callable<V> {
    /** Computes the result. */
    V call() throws Exception;
}
