package java.lang;

import java.util.IdentityHashMap;
import java.util.function.Supplier;

/**
 * A variable with one value per thread. The values live in a map on each {@link Thread} object, keyed by the
 * ThreadLocal's identity, which only its own thread reads and writes: no locking, and a thread's values go
 * away with it.
 */
public class ThreadLocal<T> {
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
        IdentityHashMap<ThreadLocal<?>, Object> map = mapOf(me);
        if (map != null) {
            Object v = map.get(this);
            if (v != null || map.containsKey(this)) {
                return (T) v;
            }
        }
        T v = initialValue();
        // initialValue may have created the map (through another thread-local): look again.
        createdMapOf(me).put(this, v);
        return v;
    }

    /** Sets the current thread's value. */
    public void set(T value) {
        createdMapOf(Thread.currentThread()).put(this, value);
    }

    /** Removes the current thread's value (the next get initializes it again). */
    public void remove() {
        IdentityHashMap<ThreadLocal<?>, Object> map = mapOf(Thread.currentThread());
        if (map != null) {
            map.remove(this);
        }
    }

    /** The map of {@code t} holding this kind of thread-local, or null. */
    IdentityHashMap<ThreadLocal<?>, Object> mapOf(Thread t) {
        return t.threadLocals;
    }

    /** The map of {@code t} holding this kind of thread-local, created if needed. */
    IdentityHashMap<ThreadLocal<?>, Object> createdMapOf(Thread t) {
        if (t.threadLocals == null) {
            t.threadLocals = new IdentityHashMap<>();
        }
        return t.threadLocals;
    }
}
