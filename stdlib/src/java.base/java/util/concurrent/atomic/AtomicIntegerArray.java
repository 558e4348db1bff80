package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

import jdk.internal.misc.Atomics;

/**
 * An array of ints whose elements are read and written with volatile semantics and updated by hardware
 * atomics ({@link Atomics}); functional updates are compare-and-set loops. Indices out of range throw
 * {@code ArrayIndexOutOfBoundsException} as HotSpot's do.
 */
public class AtomicIntegerArray implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int BASE = Atomics.arrayBaseOffset(int[].class);
    private static final int SCALE = Atomics.arrayIndexScale(int[].class);

    private final int[] array;

    /** An array of {@code length} zeros. */
    public AtomicIntegerArray(int length) {
        array = new int[length];
    }

    /** A copy of {@code array}. */
    public AtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    private long offset(int i) {
        return Atomics.elementOffset(i, array.length, BASE, SCALE);
    }

    /** The length. */
    public final int length() {
        return array.length;
    }

    /** The element at {@code i}. */
    public final int get(int i) {
        return Atomics.getIntVolatile(array, offset(i));
    }

    /** Sets the element at {@code i}. */
    public final void set(int i, int newValue) {
        Atomics.putIntVolatile(array, offset(i), newValue);
    }

    /** Sets the element at {@code i} (eventually: at once here). */
    public final void lazySet(int i, int newValue) {
        set(i, newValue);
    }

    /** The element at {@code i}, plain. */
    public final int getPlain(int i) {
        return get(i);
    }

    /** Sets the element at {@code i}, plain. */
    public final void setPlain(int i, int newValue) {
        set(i, newValue);
    }

    /** The element at {@code i} with acquire semantics. */
    public final int getAcquire(int i) {
        return get(i);
    }

    /** Sets the element at {@code i} with release semantics. */
    public final void setRelease(int i, int newValue) {
        set(i, newValue);
    }

    /** Sets the element; returns the old one. */
    public final int getAndSet(int i, int newValue) {
        return Atomics.getAndSetInt(array, offset(i), newValue);
    }

    /** Sets the element to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final boolean compareAndSet(int i, int expectedValue, int newValue) {
        return Atomics.compareAndSetInt(array, offset(i), expectedValue, newValue);
    }

    /** As {@link #compareAndSet}; never fails spuriously here. */
    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** Sets the element to {@code newValue} if it is {@code expectedValue}; returns the value found. */
    public final int compareAndExchange(int i, int expectedValue, int newValue) {
        return Atomics.compareAndExchangeInt(array, offset(i), expectedValue, newValue);
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
    public final int getAndAdd(int i, int delta) {
        return Atomics.getAndAddInt(array, offset(i), delta);
    }

    /** Adds one; returns the new value. */
    public final int incrementAndGet(int i) {
        return getAndAdd(i, 1) + 1;
    }

    /** Subtracts one; returns the new value. */
    public final int decrementAndGet(int i) {
        return getAndAdd(i, -1) - 1;
    }

    /** Adds {@code delta}; returns the new value. */
    public final int addAndGet(int i, int delta) {
        return getAndAdd(i, delta) + delta;
    }

    /** Applies {@code f}; returns the old value. */
    public final int getAndUpdate(int i, IntUnaryOperator f) {
        long at = offset(i);
        int old;
        do {
            old = Atomics.getIntVolatile(array, at);
        } while (!Atomics.compareAndSetInt(array, at, old, f.applyAsInt(old)));
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final int updateAndGet(int i, IntUnaryOperator f) {
        long at = offset(i);
        int old;
        int next;
        do {
            old = Atomics.getIntVolatile(array, at);
            next = f.applyAsInt(old);
        } while (!Atomics.compareAndSetInt(array, at, old, next));
        return next;
    }

    /** Combines with {@code x} by {@code f}; returns the old value. */
    public final int getAndAccumulate(int i, int x, IntBinaryOperator f) {
        long at = offset(i);
        int old;
        do {
            old = Atomics.getIntVolatile(array, at);
        } while (!Atomics.compareAndSetInt(array, at, old, f.applyAsInt(old, x)));
        return old;
    }

    /** Combines with {@code x} by {@code f}; returns the new value. */
    public final int accumulateAndGet(int i, int x, IntBinaryOperator f) {
        long at = offset(i);
        int old;
        int next;
        do {
            old = Atomics.getIntVolatile(array, at);
            next = f.applyAsInt(old, x);
        } while (!Atomics.compareAndSetInt(array, at, old, next));
        return next;
    }

    /** The elements as {@code [a, b, c]}, each read with volatile semantics. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < array.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(get(i));
        }
        return sb.append(']').toString();
    }
}
