package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * A int updated atomically. Every read-modify-write is a synchronized method over a volatile field, so the
 * operations stay atomic once Cortado runs threads in parallel (a later issue may replace the monitor with a
 * compare-and-swap intrinsic).
 */
public class AtomicInteger extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private volatile int value;

    /** An atomic int holding 0. */
    public AtomicInteger() {
    }

    /** An atomic int holding {@code initialValue}. */
    public AtomicInteger(int initialValue) {
        value = initialValue;
    }

    /** The current value. */
    public final int get() {
        return value;
    }

    /** Sets the value. */
    public final void set(int newValue) {
        value = newValue;
    }

    /** Sets the value (eventually, which on Cortado is at once). */
    public final void lazySet(int newValue) {
        value = newValue;
    }

    /** Sets the value and returns the old one. */
    public final synchronized int getAndSet(int newValue) {
        int old = value;
        value = newValue;
        return old;
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final synchronized boolean compareAndSet(int expectedValue, int newValue) {
        if (value == expectedValue) {
            value = newValue;
            return true;
        }
        return false;
    }

    /** As {@link #compareAndSet}; never fails spuriously here. */
    public final boolean weakCompareAndSet(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetPlain(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetVolatile(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** Adds one; returns the old value. */
    public final synchronized int getAndIncrement() {
        return value++;
    }

    /** Subtracts one; returns the old value. */
    public final synchronized int getAndDecrement() {
        return value--;
    }

    /** Adds {@code delta}; returns the old value. */
    public final synchronized int getAndAdd(int delta) {
        int old = value;
        value = old + delta;
        return old;
    }

    /** Adds one; returns the new value. */
    public final synchronized int incrementAndGet() {
        return ++value;
    }

    /** Subtracts one; returns the new value. */
    public final synchronized int decrementAndGet() {
        return --value;
    }

    /** Adds {@code delta}; returns the new value. */
    public final synchronized int addAndGet(int delta) {
        value = value + delta;
        return value;
    }

    /** Applies {@code f}; returns the old value. */
    public final synchronized int getAndUpdate(IntUnaryOperator f) {
        int old = value;
        value = f.applyAsInt(old);
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final synchronized int updateAndGet(IntUnaryOperator f) {
        value = f.applyAsInt(value);
        return value;
    }

    /** Combines with {@code x} by {@code f}; returns the old value. */
    public final synchronized int getAndAccumulate(int x, IntBinaryOperator f) {
        int old = value;
        value = f.applyAsInt(old, x);
        return old;
    }

    /** Combines with {@code x} by {@code f}; returns the new value. */
    public final synchronized int accumulateAndGet(int x, IntBinaryOperator f) {
        value = f.applyAsInt(value, x);
        return value;
    }

    /** The plain value. */
    public final int getPlain() {
        return value;
    }

    /** Sets the plain value. */
    public final void setPlain(int newValue) {
        value = newValue;
    }

    /** The value with acquire semantics. */
    public final int getAcquire() {
        return value;
    }

    /** Sets the value with release semantics. */
    public final void setRelease(int newValue) {
        value = newValue;
    }

    /** The value with volatile semantics. */
    public final int getOpaque() {
        return value;
    }

    /** Sets the value with volatile semantics. */
    public final void setOpaque(int newValue) {
        value = newValue;
    }

    /** The decimal string of the value. */
    @Override
    public String toString() {
        return Integer.toString(value);
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
