package java.util.function;

/** A supplier of ints. */
@FunctionalInterface
public interface IntSupplier {
    /** Applies this function. */
    int getAsInt();
}
