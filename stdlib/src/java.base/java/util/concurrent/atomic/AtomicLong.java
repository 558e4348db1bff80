package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * A long updated atomically. Every read-modify-write is a synchronized method over a volatile field, so the
 * operations stay atomic once Cortado runs threads in parallel (a later issue may replace the monitor with a
 * compare-and-swap intrinsic).
 */
public class AtomicLong extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

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

    /** Sets the value (eventually, which on Cortado is at once). */
    public final void lazySet(long newValue) {
        value = newValue;
    }

    /** Sets the value and returns the old one. */
    public final synchronized long getAndSet(long newValue) {
        long old = value;
        value = newValue;
        return old;
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final synchronized boolean compareAndSet(long expectedValue, long newValue) {
        if (value == expectedValue) {
            value = newValue;
            return true;
        }
        return false;
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

    /** Adds one; returns the old value. */
    public final synchronized long getAndIncrement() {
        return value++;
    }

    /** Subtracts one; returns the old value. */
    public final synchronized long getAndDecrement() {
        return value--;
    }

    /** Adds {@code delta}; returns the old value. */
    public final synchronized long getAndAdd(long delta) {
        long old = value;
        value = old + delta;
        return old;
    }

    /** Adds one; returns the new value. */
    public final synchronized long incrementAndGet() {
        return ++value;
    }

    /** Subtracts one; returns the new value. */
    public final synchronized long decrementAndGet() {
        return --value;
    }

    /** Adds {@code delta}; returns the new value. */
    public final synchronized long addAndGet(long delta) {
        value = value + delta;
        return value;
    }

    /** Applies {@code f}; returns the old value. */
    public final synchronized long getAndUpdate(LongUnaryOperator f) {
        long old = value;
        value = f.applyAsLong(old);
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final synchronized long updateAndGet(LongUnaryOperator f) {
        value = f.applyAsLong(value);
        return value;
    }

    /** Combines with {@code x} by {@code f}; returns the old value. */
    public final synchronized long getAndAccumulate(long x, LongBinaryOperator f) {
        long old = value;
        value = f.applyAsLong(old, x);
        return old;
    }

    /** Combines with {@code x} by {@code f}; returns the new value. */
    public final synchronized long accumulateAndGet(long x, LongBinaryOperator f) {
        value = f.applyAsLong(value, x);
        return value;
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

    /** The value with volatile semantics. */
    public final long getOpaque() {
        return value;
    }

    /** Sets the value with volatile semantics. */
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
