package java.util.concurrent.atomic;

/**
 * A boolean updated atomically: a volatile field with synchronized read-modify-write methods.
 */
public class AtomicBoolean implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private volatile boolean value;

    /** An atomic boolean holding false. */
    public AtomicBoolean() {
    }

    /** An atomic boolean holding {@code initialValue}. */
    public AtomicBoolean(boolean initialValue) {
        value = initialValue;
    }

    /** The current value. */
    public final boolean get() {
        return value;
    }

    /** Sets the value. */
    public final void set(boolean newValue) {
        value = newValue;
    }

    /** Sets the value (eventually: at once here). */
    public final void lazySet(boolean newValue) {
        value = newValue;
    }

    /** The plain value. */
    public final boolean getPlain() {
        return value;
    }

    /** Sets the plain value. */
    public final void setPlain(boolean newValue) {
        value = newValue;
    }

    /** The value with acquire semantics. */
    public final boolean getAcquire() {
        return value;
    }

    /** Sets the value with release semantics. */
    public final void setRelease(boolean newValue) {
        value = newValue;
    }

    /** Sets the value; returns the old one. */
    public final synchronized boolean getAndSet(boolean newValue) {
        boolean old = value;
        value = newValue;
        return old;
    }

    /** Sets the value to {@code newValue} if it is {@code expectedValue}; whether it did. */
    public final synchronized boolean compareAndSet(boolean expectedValue, boolean newValue) {
        if (value == expectedValue) {
            value = newValue;
            return true;
        }
        return false;
    }

    /** As {@link #compareAndSet}. */
    public boolean weakCompareAndSet(boolean expectedValue, boolean newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public boolean weakCompareAndSetPlain(boolean expectedValue, boolean newValue) {
        return compareAndSet(expectedValue, newValue);
    }

    /** {@code "true"} or {@code "false"}. */
    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
