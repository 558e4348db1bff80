package java.lang;

/**
 * The root of the class hierarchy: identity, equality, hashing, cloning, monitors.
 * The identity hash, cloning and monitor operations are VM natives (see NATIVES.md).
 */
public class Object {
    /** Creates an object. */
    public Object() {
    }

    /** Returns the runtime class of this object. */
    public final native Class<?> getClass();

    /** Returns the identity hash code unless a subclass overrides it. */
    public native int hashCode();

    /** Identity comparison unless a subclass overrides it. */
    public boolean equals(Object obj) {
        return this == obj;
    }

    /**
     * A shallow copy of this object. The VM throws {@link CloneNotSupportedException} (message: the class
     * name) when the class does not implement {@link Cloneable}; arrays are always cloneable.
     */
    protected native Object clone() throws CloneNotSupportedException;

    /** The class name, {@code @}, and the hash code in hexadecimal. */
    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    /** Wakes one thread waiting on this object's monitor. */
    public final native void notify();

    /** Wakes every thread waiting on this object's monitor. */
    public final native void notifyAll();

    /** Waits until notified or interrupted. */
    public final void wait() throws InterruptedException {
        wait(0L);
    }

    /** Waits until notified, interrupted, or {@code timeoutMillis} have passed (0: no timeout). */
    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        wait0(timeoutMillis);
    }

    /** Waits with a timeout given in milliseconds and nanoseconds. */
    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) {
            timeoutMillis++;
        }
        wait0(timeoutMillis);
    }

    private final native void wait0(long timeoutMillis) throws InterruptedException;

    /** Called by a collector before reclaiming the object; Cortado never calls it. */
    @Deprecated(since = "9")
    protected void finalize() throws Throwable {
    }
}
