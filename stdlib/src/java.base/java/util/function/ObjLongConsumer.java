package java.util.function;

/** An operation on an object and a long, returning nothing. */
@FunctionalInterface
public interface ObjLongConsumer<T> {
    /** Applies this function. */
    void accept(T t, long value);
}
