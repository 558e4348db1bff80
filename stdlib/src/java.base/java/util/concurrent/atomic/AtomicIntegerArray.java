package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * An array of ints whose elements are updated atomically (synchronized read-modify-write methods, so they stay
 * atomic when threads run in parallel).
 */
public class AtomicIntegerArray implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] array;

    /** An array of {@code length} zeros. */
    public AtomicIntegerArray(int length) {
        array = new int[length];
    }

    /** A copy of {@code array}. */
    public AtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    /** The length. */
    public final int length() {
        return array.length;
    }

    /** The element at {@code i}. */
    public final synchronized int get(int i) {
        return array[i];
    }

    /** Sets the element at {@code i}. */
    public final synchronized void set(int i, int newValue) {
        array[i] = newValue;
    }

    /** Sets the element at {@code i} (eventually: at once here). */
    public final void lazySet(int i, int newValue) {
        set(i, newValue);
    }

    /** Sets the element; returns the old one. */
    public final synchronized int getAndSet(int i, int newValue) {
        int old = array[i];
        array[i] = newValue;
        return old;
    }

    /** Sets element {@code i} to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final synchronized boolean compareAndSet(int i, int expectedValue, int newValue) {
        if (array[i] == expectedValue) {
            array[i] = newValue;
            return true;
        }
        return false;
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** Adds one; returns the old value. */
    public final int getAndIncrement(int i) {
        return getAndAdd(i, 1);
    }

    /** Subtracts one; returns the old value. */
    public final int getAndDecrement(int i) {
        return getAndAdd(i, -1);
    }

    /** Adds {@code delta}; returns the old value. */
    public final synchronized int getAndAdd(int i, int delta) {
        int old = array[i];
        array[i] = old + delta;
        return old;
    }

    /** Adds one; returns the new value. */
    public final int incrementAndGet(int i) {
        return addAndGet(i, 1);
    }

    /** Subtracts one; returns the new value. */
    public final int decrementAndGet(int i) {
        return addAndGet(i, -1);
    }

    /** Adds {@code delta}; returns the new value. */
    public final synchronized int addAndGet(int i, int delta) {
        array[i] += delta;
        return array[i];
    }

    /** Applies {@code f} to element {@code i}; returns the old value. */
    public final synchronized int getAndUpdate(int i, IntUnaryOperator f) {
        int old = array[i];
        array[i] = f.applyAsInt(old);
        return old;
    }

    /** Applies {@code f} to element {@code i}; returns the new value. */
    public final synchronized int updateAndGet(int i, IntUnaryOperator f) {
        array[i] = f.applyAsInt(array[i]);
        return array[i];
    }

    /** Combines element {@code i} with {@code x}; returns the old value. */
    public final synchronized int getAndAccumulate(int i, int x, IntBinaryOperator f) {
        int old = array[i];
        array[i] = f.applyAsInt(old, x);
        return old;
    }

    /** Combines element {@code i} with {@code x}; returns the new value. */
    public final synchronized int accumulateAndGet(int i, int x, IntBinaryOperator f) {
        array[i] = f.applyAsInt(array[i], x);
        return array[i];
    }

    /** The elements as {@code [a, b, c]}. */
    @Override
    public synchronized String toString() {
        return java.util.Arrays.toString(array);
    }
}
