package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * An array of longs whose elements are updated atomically (synchronized read-modify-write methods, so they stay
 * atomic when threads run in parallel).
 */
public class AtomicLongArray implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] array;

    /** An array of {@code length} zeros. */
    public AtomicLongArray(int length) {
        array = new long[length];
    }

    /** A copy of {@code array}. */
    public AtomicLongArray(long[] array) {
        this.array = array.clone();
    }

    /** The length. */
    public final int length() {
        return array.length;
    }

    /** The element at {@code i}. */
    public final synchronized long get(int i) {
        return array[i];
    }

    /** Sets the element at {@code i}. */
    public final synchronized void set(int i, long newValue) {
        array[i] = newValue;
    }

    /** Sets the element at {@code i} (eventually: at once here). */
    public final void lazySet(int i, long newValue) {
        set(i, newValue);
    }

    /** Sets the element; returns the old one. */
    public final synchronized long getAndSet(int i, long newValue) {
        long old = array[i];
        array[i] = newValue;
        return old;
    }

    /** Sets element {@code i} to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final synchronized boolean compareAndSet(int i, long expectedValue, long newValue) {
        if (array[i] == expectedValue) {
            array[i] = newValue;
            return true;
        }
        return false;
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** Adds one; returns the old value. */
    public final long getAndIncrement(int i) {
        return getAndAdd(i, 1);
    }

    /** Subtracts one; returns the old value. */
    public final long getAndDecrement(int i) {
        return getAndAdd(i, -1);
    }

    /** Adds {@code delta}; returns the old value. */
    public final synchronized long getAndAdd(int i, long delta) {
        long old = array[i];
        array[i] = old + delta;
        return old;
    }

    /** Adds one; returns the new value. */
    public final long incrementAndGet(int i) {
        return addAndGet(i, 1);
    }

    /** Subtracts one; returns the new value. */
    public final long decrementAndGet(int i) {
        return addAndGet(i, -1);
    }

    /** Adds {@code delta}; returns the new value. */
    public final synchronized long addAndGet(int i, long delta) {
        array[i] += delta;
        return array[i];
    }

    /** Applies {@code f} to element {@code i}; returns the old value. */
    public final synchronized long getAndUpdate(int i, LongUnaryOperator f) {
        long old = array[i];
        array[i] = f.applyAsLong(old);
        return old;
    }

    /** Applies {@code f} to element {@code i}; returns the new value. */
    public final synchronized long updateAndGet(int i, LongUnaryOperator f) {
        array[i] = f.applyAsLong(array[i]);
        return array[i];
    }

    /** Combines element {@code i} with {@code x}; returns the old value. */
    public final synchronized long getAndAccumulate(int i, long x, LongBinaryOperator f) {
        long old = array[i];
        array[i] = f.applyAsLong(old, x);
        return old;
    }

    /** Combines element {@code i} with {@code x}; returns the new value. */
    public final synchronized long accumulateAndGet(int i, long x, LongBinaryOperator f) {
        array[i] = f.applyAsLong(array[i], x);
        return array[i];
    }

    /** The elements as {@code [a, b, c]}. */
    @Override
    public synchronized String toString() {
        return java.util.Arrays.toString(array);
    }
}
