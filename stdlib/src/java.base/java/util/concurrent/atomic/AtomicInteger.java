package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

import jdk.internal.misc.Atomics;

/**
 * A int updated atomically: a volatile field whose read-modify-write operations are hardware atomics
 * ({@link Atomics}), and whose functional updates are compare-and-set loops (the function may run more than
 * once under contention, as the Java SE documentation allows).
 */
public class AtomicInteger extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long VALUE = Atomics.objectFieldOffset(AtomicInteger.class, "value");

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

    /** Sets the value (eventually; at once here). */
    public final void lazySet(int newValue) {
        value = newValue;
    }

    /** Sets the value and returns the old one. */
    public final int getAndSet(int newValue) {
        return Atomics.getAndSetInt(this, VALUE, newValue);
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final boolean compareAndSet(int expectedValue, int newValue) {
        return Atomics.compareAndSetInt(this, VALUE, expectedValue, newValue);
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

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetAcquire(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetRelease(int expectedValue, int newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; returns the value found. */
    public final int compareAndExchange(int expectedValue, int newValue) {
        return Atomics.compareAndExchangeInt(this, VALUE, expectedValue, newValue);
    }

    /** Adds one; returns the old value. */
    public final int getAndIncrement() {
        return Atomics.getAndAddInt(this, VALUE, 1);
    }

    /** Subtracts one; returns the old value. */
    public final int getAndDecrement() {
        return Atomics.getAndAddInt(this, VALUE, -1);
    }

    /** Adds {@code delta}; returns the old value. */
    public final int getAndAdd(int delta) {
        return Atomics.getAndAddInt(this, VALUE, delta);
    }

    /** Adds one; returns the new value. */
    public final int incrementAndGet() {
        return Atomics.getAndAddInt(this, VALUE, 1) + 1;
    }

    /** Subtracts one; returns the new value. */
    public final int decrementAndGet() {
        return Atomics.getAndAddInt(this, VALUE, -1) - 1;
    }

    /** Adds {@code delta}; returns the new value. */
    public final int addAndGet(int delta) {
        return Atomics.getAndAddInt(this, VALUE, delta) + delta;
    }

    /** Applies {@code f}; returns the old value. */
    public final int getAndUpdate(IntUnaryOperator f) {
        int old;
        do {
            old = value;
        } while (!compareAndSet(old, f.applyAsInt(old)));
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final int updateAndGet(IntUnaryOperator f) {
        int old;
        int next;
        do {
            old = value;
            next = f.applyAsInt(old);
        } while (!compareAndSet(old, next));
        return next;
    }

    /** Combines with {@code x} by {@code f}; returns the old value. */
    public final int getAndAccumulate(int x, IntBinaryOperator f) {
        int old;
        do {
            old = value;
        } while (!compareAndSet(old, f.applyAsInt(old, x)));
        return old;
    }

    /** Combines with {@code x} by {@code f}; returns the new value. */
    public final int accumulateAndGet(int x, IntBinaryOperator f) {
        int old;
        int next;
        do {
            old = value;
            next = f.applyAsInt(old, x);
        } while (!compareAndSet(old, next));
        return next;
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

    /** The value with opaque semantics. */
    public final int getOpaque() {
        return value;
    }

    /** Sets the value with opaque semantics. */
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
