package java.util.function;

/** A supplier of doubles. */
@FunctionalInterface
public interface DoubleSupplier {
    /** Applies this function. */
    double getAsDouble();
}
