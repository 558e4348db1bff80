package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * An object reference updated atomically: a volatile field with synchronized read-modify-write methods;
 * {@code compareAndSet} compares with {@code ==}.
 */
public class AtomicReference<V> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

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
    public final synchronized boolean compareAndSet(V expectedValue, V newValue) {
        if (value == expectedValue) {
            value = newValue;
            return true;
        }
        return false;
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSet(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetPlain(V expectedValue, V newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** Sets the value; returns the old one. */
    public final synchronized V getAndSet(V newValue) {
        V old = value;
        value = newValue;
        return old;
    }

    /** Applies {@code f}; returns the old value. */
    public final synchronized V getAndUpdate(UnaryOperator<V> f) {
        V old = value;
        value = f.apply(old);
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final synchronized V updateAndGet(UnaryOperator<V> f) {
        value = f.apply(value);
        return value;
    }

    /** Combines with {@code x}; returns the old value. */
    public final synchronized V getAndAccumulate(V x, BinaryOperator<V> f) {
        V old = value;
        value = f.apply(old, x);
        return old;
    }

    /** Combines with {@code x}; returns the new value. */
    public final synchronized V accumulateAndGet(V x, BinaryOperator<V> f) {
        value = f.apply(value, x);
        return value;
    }

    /** {@code String.valueOf} of the value. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
