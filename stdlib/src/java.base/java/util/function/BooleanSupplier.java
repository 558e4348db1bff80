package java.util.function;

/** A supplier of booleans. */
@FunctionalInterface
public interface BooleanSupplier {
    /** Applies this function. */
    boolean getAsBoolean();
}
