package java.lang;

import java.util.function.Supplier;

/**
 * A variable with one value per thread. Cortado keeps the values in a map from thread to value inside each
 * ThreadLocal (guarded by the ThreadLocal's monitor) rather than in the thread; values of threads that have ended
 * stay reachable until removed.
 */
public class ThreadLocal<T> {
    private final java.util.HashMap<Thread, Object> values = new java.util.HashMap<Thread, Object>();

    /** A thread-local variable whose initial value is {@link #initialValue()}. */
    public ThreadLocal() {
    }

    /** A thread-local variable whose initial value comes from {@code supplier}. */
    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        final Supplier<? extends S> s = supplier;
        return new ThreadLocal<S>() {
            @Override
            protected S initialValue() {
                return s.get();
            }
        };
    }

    /** The value a thread sees before it sets one: null unless overridden. */
    protected T initialValue() {
        return null;
    }

    /** The current thread's value, initializing it first if needed. */
    @SuppressWarnings("unchecked")
    public T get() {
        Thread me = Thread.currentThread();
        synchronized (this) {
            if (values.containsKey(me)) {
                return (T) values.get(me);
            }
        }
        T v = initialValue();
        synchronized (this) {
            values.put(me, v);
        }
        return v;
    }

    /** Sets the current thread's value. */
    public synchronized void set(T value) {
        values.put(Thread.currentThread(), value);
    }

    /** Removes the current thread's value (the next get initializes it again). */
    public synchronized void remove() {
        values.remove(Thread.currentThread());
    }
}
