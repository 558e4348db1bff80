package java.util.concurrent.atomic;

import jdk.internal.misc.Atomics;

/**
 * A boolean updated atomically: a volatile int (0 or 1) whose read-modify-write operations are hardware
 * atomics ({@link Atomics}).
 */
public class AtomicBoolean implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long VALUE = Atomics.objectFieldOffset(AtomicBoolean.class, "value");

    private volatile int value;

    /** An atomic boolean holding false. */
    public AtomicBoolean() {
    }

    /** An atomic boolean holding {@code initialValue}. */
    public AtomicBoolean(boolean initialValue) {
        value = initialValue ? 1 : 0;
    }

    /** The current value. */
    public final boolean get() {
        return value != 0;
    }

    /** Sets the value. */
    public final void set(boolean newValue) {
        value = newValue ? 1 : 0;
    }

    /** Sets the value (eventually: at once here). */
    public final void lazySet(boolean newValue) {
        set(newValue);
    }

    /** The plain value. */
    public final boolean getPlain() {
        return get();
    }

    /** Sets the plain value. */
    public final void setPlain(boolean newValue) {
        set(newValue);
    }

    /** The value with acquire semantics. */
    public final boolean getAcquire() {
        return get();
    }

    /** Sets the value with release semantics. */
    public final void setRelease(boolean newValue) {
        set(newValue);
    }

    /** The value with opaque semantics. */
    public final boolean getOpaque() {
        return get();
    }

    /** Sets the value with opaque semantics. */
    public final void setOpaque(boolean newValue) {
        set(newValue);
    }

    /** Sets the value; returns the old one. */
    public final boolean getAndSet(boolean newValue) {
        return Atomics.getAndSetInt(this, VALUE, newValue ? 1 : 0) != 0;
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final boolean compareAndSet(boolean expectedValue, boolean newValue) {
        return Atomics.compareAndSetInt(this, VALUE, expectedValue ? 1 : 0, newValue ? 1 : 0);
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; returns the value found. */
    public final boolean compareAndExchange(boolean expectedValue, boolean newValue) {
        return Atomics.compareAndExchangeInt(this, VALUE, expectedValue ? 1 : 0, newValue ? 1 : 0) != 0;
    }

    /** As {@link #compareAndSet}. */
    public boolean weakCompareAndSet(boolean expectedValue, boolean newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public boolean weakCompareAndSetPlain(boolean expectedValue, boolean newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetVolatile(boolean expectedValue, boolean newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** {@code "true"} or {@code "false"}. */
    @Override
    public String toString() {
        return Boolean.toString(get());
    }
}
