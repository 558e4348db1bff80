package java.util.function;

/** PLACEHOLDER (by the java.lang core work) until the java.util.function interfaces land. */
@FunctionalInterface
public interface Consumer<T> {
    /** Performs the operation on {@code t}. */
    void accept(T t);
}
