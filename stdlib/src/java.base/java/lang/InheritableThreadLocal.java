package java.lang;

import java.util.IdentityHashMap;

/**
 * A thread-local variable whose value a new thread inherits from the thread that creates it, through
 * {@link #childValue}; the values live in the Thread object's second map, which the Thread constructor copies.
 */
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    /** An inheritable thread-local variable. */
    public InheritableThreadLocal() {
    }

    /** The child's initial value given the parent's: the same value unless overridden. */
    protected T childValue(T parentValue) {
        return parentValue;
    }

    /** {@link #childValue} for the Thread constructor, which holds the value untyped. */
    @SuppressWarnings("unchecked")
    final Object childValueOf(Object parentValue) {
        return childValue((T) parentValue);
    }

    @Override
    IdentityHashMap<ThreadLocal<?>, Object> mapOf(Thread t) {
        return t.inheritableThreadLocals;
    }

    @Override
    IdentityHashMap<ThreadLocal<?>, Object> createdMapOf(Thread t) {
        if (t.inheritableThreadLocals == null) {
            t.inheritableThreadLocals = new IdentityHashMap<>();
        }
        return t.inheritableThreadLocals;
    }
}
