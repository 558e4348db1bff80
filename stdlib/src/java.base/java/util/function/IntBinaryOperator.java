package java.util.function;

/** A function of two ints to a int. */
@FunctionalInterface
public interface IntBinaryOperator {
    /** Applies this function. */
    int applyAsInt(int left, int right);
}
