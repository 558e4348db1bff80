package java.util.function;

/** A supplier of longs. */
@FunctionalInterface
public interface LongSupplier {
    /** Applies this function. */
    long getAsLong();
}
