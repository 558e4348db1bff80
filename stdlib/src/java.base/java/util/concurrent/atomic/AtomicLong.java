package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

import jdk.internal.misc.Atomics;

/**
 * A long updated atomically: a volatile field whose read-modify-write operations are hardware atomics
 * ({@link Atomics}), and whose functional updates are compare-and-set loops (the function may run more than
 * once under contention, as the Java SE documentation allows).
 */
public class AtomicLong extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long VALUE = Atomics.objectFieldOffset(AtomicLong.class, "value");

    private volatile long value;

    /** An atomic long holding 0. */
    public AtomicLong() {
    }

    /** An atomic long holding {@code initialValue}. */
    public AtomicLong(long initialValue) {
        value = initialValue;
    }

    /** The current value. */
    public final long get() {
        return value;
    }

    /** Sets the value. */
    public final void set(long newValue) {
        value = newValue;
    }

    /** Sets the value (eventually; at once here). */
    public final void lazySet(long newValue) {
        value = newValue;
    }

    /** Sets the value and returns the old one. */
    public final long getAndSet(long newValue) {
        return Atomics.getAndSetLong(this, VALUE, newValue);
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final boolean compareAndSet(long expectedValue, long newValue) {
        return Atomics.compareAndSetLong(this, VALUE, expectedValue, newValue);
    }

    /** As {@link #compareAndSet}; never fails spuriously here. */
    public final boolean weakCompareAndSet(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetPlain(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetVolatile(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetAcquire(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetRelease(long expectedValue, long newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; returns the value found. */
    public final long compareAndExchange(long expectedValue, long newValue) {
        return Atomics.compareAndExchangeLong(this, VALUE, expectedValue, newValue);
    }

    /** Adds one; returns the old value. */
    public final long getAndIncrement() {
        return Atomics.getAndAddLong(this, VALUE, 1);
    }

    /** Subtracts one; returns the old value. */
    public final long getAndDecrement() {
        return Atomics.getAndAddLong(this, VALUE, -1);
    }

    /** Adds {@code delta}; returns the old value. */
    public final long getAndAdd(long delta) {
        return Atomics.getAndAddLong(this, VALUE, delta);
    }

    /** Adds one; returns the new value. */
    public final long incrementAndGet() {
        return Atomics.getAndAddLong(this, VALUE, 1) + 1;
    }

    /** Subtracts one; returns the new value. */
    public final long decrementAndGet() {
        return Atomics.getAndAddLong(this, VALUE, -1) - 1;
    }

    /** Adds {@code delta}; returns the new value. */
    public final long addAndGet(long delta) {
        return Atomics.getAndAddLong(this, VALUE, delta) + delta;
    }

    /** Applies {@code f}; returns the old value. */
    public final long getAndUpdate(LongUnaryOperator f) {
        long old;
        do {
            old = value;
        } while (!compareAndSet(old, f.applyAsLong(old)));
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final long updateAndGet(LongUnaryOperator f) {
        long old;
        long next;
        do {
            old = value;
            next = f.applyAsLong(old);
        } while (!compareAndSet(old, next));
        return next;
    }

    /** Combines with {@code x} by {@code f}; returns the old value. */
    public final long getAndAccumulate(long x, LongBinaryOperator f) {
        long old;
        do {
            old = value;
        } while (!compareAndSet(old, f.applyAsLong(old, x)));
        return old;
    }

    /** Combines with {@code x} by {@code f}; returns the new value. */
    public final long accumulateAndGet(long x, LongBinaryOperator f) {
        long old;
        long next;
        do {
            old = value;
            next = f.applyAsLong(old, x);
        } while (!compareAndSet(old, next));
        return next;
    }

    /** The plain value. */
    public final long getPlain() {
        return value;
    }

    /** Sets the plain value. */
    public final void setPlain(long newValue) {
        value = newValue;
    }

    /** The value with acquire semantics. */
    public final long getAcquire() {
        return value;
    }

    /** Sets the value with release semantics. */
    public final void setRelease(long newValue) {
        value = newValue;
    }

    /** The value with opaque semantics. */
    public final long getOpaque() {
        return value;
    }

    /** Sets the value with opaque semantics. */
    public final void setOpaque(long newValue) {
        value = newValue;
    }

    /** The decimal string of the value. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return (double) value;
    }
}
