package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

import jdk.internal.misc.Atomics;

/**
 * An array of longs whose elements are read and written with volatile semantics and updated by hardware
 * atomics ({@link Atomics}); functional updates are compare-and-set loops. Indices out of range throw
 * {@code ArrayIndexOutOfBoundsException} as HotSpot's do.
 */
public class AtomicLongArray implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int BASE = Atomics.arrayBaseOffset(long[].class);
    private static final int SCALE = Atomics.arrayIndexScale(long[].class);

    private final long[] array;

    /** An array of {@code length} zeros. */
    public AtomicLongArray(int length) {
        array = new long[length];
    }

    /** A copy of {@code array}. */
    public AtomicLongArray(long[] array) {
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
    public final long get(int i) {
        return Atomics.getLongVolatile(array, offset(i));
    }

    /** Sets the element at {@code i}. */
    public final void set(int i, long newValue) {
        Atomics.putLongVolatile(array, offset(i), newValue);
    }

    /** Sets the element at {@code i} (eventually: at once here). */
    public final void lazySet(int i, long newValue) {
        set(i, newValue);
    }

    /** The element at {@code i}, plain. */
    public final long getPlain(int i) {
        return get(i);
    }

    /** Sets the element at {@code i}, plain. */
    public final void setPlain(int i, long newValue) {
        set(i, newValue);
    }

    /** The element at {@code i} with acquire semantics. */
    public final long getAcquire(int i) {
        return get(i);
    }

    /** Sets the element at {@code i} with release semantics. */
    public final void setRelease(int i, long newValue) {
        set(i, newValue);
    }

    /** Sets the element; returns the old one. */
    public final long getAndSet(int i, long newValue) {
        return Atomics.getAndSetLong(array, offset(i), newValue);
    }

    /** Sets the element to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final boolean compareAndSet(int i, long expectedValue, long newValue) {
        return Atomics.compareAndSetLong(array, offset(i), expectedValue, newValue);
    }

    /** As {@link #compareAndSet}; never fails spuriously here. */
    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetPlain(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetVolatile(int i, long expectedValue, long newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** Sets the element to {@code newValue} if it is {@code expectedValue}; returns the value found. */
    public final long compareAndExchange(int i, long expectedValue, long newValue) {
        return Atomics.compareAndExchangeLong(array, offset(i), expectedValue, newValue);
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
    public final long getAndAdd(int i, long delta) {
        return Atomics.getAndAddLong(array, offset(i), delta);
    }

    /** Adds one; returns the new value. */
    public final long incrementAndGet(int i) {
        return getAndAdd(i, 1) + 1;
    }

    /** Subtracts one; returns the new value. */
    public final long decrementAndGet(int i) {
        return getAndAdd(i, -1) - 1;
    }

    /** Adds {@code delta}; returns the new value. */
    public final long addAndGet(int i, long delta) {
        return getAndAdd(i, delta) + delta;
    }

    /** Applies {@code f}; returns the old value. */
    public final long getAndUpdate(int i, LongUnaryOperator f) {
        long at = offset(i);
        long old;
        do {
            old = Atomics.getLongVolatile(array, at);
        } while (!Atomics.compareAndSetLong(array, at, old, f.applyAsLong(old)));
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final long updateAndGet(int i, LongUnaryOperator f) {
        long at = offset(i);
        long old;
        long next;
        do {
            old = Atomics.getLongVolatile(array, at);
            next = f.applyAsLong(old);
        } while (!Atomics.compareAndSetLong(array, at, old, next));
        return next;
    }

    /** Combines with {@code x} by {@code f}; returns the old value. */
    public final long getAndAccumulate(int i, long x, LongBinaryOperator f) {
        long at = offset(i);
        long old;
        do {
            old = Atomics.getLongVolatile(array, at);
        } while (!Atomics.compareAndSetLong(array, at, old, f.applyAsLong(old, x)));
        return old;
    }

    /** Combines with {@code x} by {@code f}; returns the new value. */
    public final long accumulateAndGet(int i, long x, LongBinaryOperator f) {
        long at = offset(i);
        long old;
        long next;
        do {
            old = Atomics.getLongVolatile(array, at);
            next = f.applyAsLong(old, x);
        } while (!Atomics.compareAndSetLong(array, at, old, next));
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
