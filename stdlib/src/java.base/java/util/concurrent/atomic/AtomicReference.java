package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import jdk.internal.misc.Atomics;

/**
 * An object reference updated atomically: a volatile field whose compare-and-set and exchange are hardware
 * atomics ({@link Atomics}; {@code compareAndSet} compares with {@code ==}); functional updates are
 * compare-and-set loops.
 */
public class AtomicReference<V> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final long VALUE = Atomics.objectFieldOffset(AtomicReference.class, "value");

    private volatile V value;

    /** An atomic reference holding null. */
    public AtomicReference() {
    }

    /** An atomic reference holding {@code initialValue}. */
    public AtomicReference(V initialValue) {
        value = initialValue;
    }

    /** The current value. */
    public final V get() {
        return value;
    }

    /** Sets the value. */
    public final void set(V newValue) {
        value = newValue;
    }

    /** Sets the value (eventually: at once here). */
    public final void lazySet(V newValue) {
        value = newValue;
    }

    /** The plain value. */
    public final V getPlain() {
        return value;
    }

    /** Sets the plain value. */
    public final void setPlain(V newValue) {
        value = newValue;
    }

    /** The value with acquire semantics. */
    public final V getAcquire() {
        return value;
    }

    /** Sets the value with release semantics. */
    public final void setRelease(V newValue) {
        value = newValue;
    }

    /** Sets the value to {@code newValue} if it is (identically) {@code expectedValue}; whether it did. */
    public final boolean compareAndSet(V expectedValue, V newValue) {
        return Atomics.compareAndSetReference(this, VALUE, expectedValue, newValue);
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; returns the value found. */
    @SuppressWarnings("unchecked")
    public final V compareAndExchange(V expectedValue, V newValue) {
        return (V) Atomics.compareAndExchangeReference(this, VALUE, expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSet(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetPlain(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetVolatile(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** The value with opaque semantics. */
    public final V getOpaque() {
        return value;
    }

    /** Sets the value with opaque semantics. */
    public final void setOpaque(V newValue) {
        value = newValue;
    }

    /** Sets the value; returns the old one. */
    @SuppressWarnings("unchecked")
    public final V getAndSet(V newValue) {
        return (V) Atomics.getAndSetReference(this, VALUE, newValue);
    }

    /** Applies {@code f}; returns the old value. */
    public final V getAndUpdate(UnaryOperator<V> f) {
        V old;
        do {
            old = value;
        } while (!compareAndSet(old, f.apply(old)));
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final V updateAndGet(UnaryOperator<V> f) {
        V old;
        V next;
        do {
            old = value;
            next = f.apply(old);
        } while (!compareAndSet(old, next));
        return next;
    }

    /** Combines with {@code x}; returns the old value. */
    public final V getAndAccumulate(V x, BinaryOperator<V> f) {
        V old;
        do {
            old = value;
        } while (!compareAndSet(old, f.apply(old, x)));
        return old;
    }

    /** Combines with {@code x}; returns the new value. */
    public final V accumulateAndGet(V x, BinaryOperator<V> f) {
        V old;
        V next;
        do {
            old = value;
            next = f.apply(old, x);
        } while (!compareAndSet(old, next));
        return next;
    }

    /** {@code String.valueOf} of the value. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
