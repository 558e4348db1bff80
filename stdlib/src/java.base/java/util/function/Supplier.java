package java.util.function;

/** A supplier of results. */
@FunctionalInterface
public interface Supplier<T> {
    /** Applies this function. */
    T get();
}
