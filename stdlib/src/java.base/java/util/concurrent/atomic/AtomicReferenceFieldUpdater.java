package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import jdk.internal.misc.Atomics;
import jdk.internal.reflect.Reflection;

/**
 * Atomic updates of a named {@code volatile} reference field (of type {@code V}) of objects of class {@code T}.
 * {@link #newUpdater} checks the field once; each update checks its object and the value stored, and works on
 * the field's offset with the VM's atomics. The functional updates are compare-and-set loops.
 */
public abstract class AtomicReferenceFieldUpdater<T, V> {
    /** For subclasses. */
    protected AtomicReferenceFieldUpdater() {
    }

    /**
     * An updater for the field {@code fieldName} of type {@code vclass} declared by {@code tclass}:
     * {@code RuntimeException} wrapping {@code NoSuchFieldException} or {@code IllegalAccessException} if it is
     * missing or the caller may not access it, {@code ClassCastException} if its type is not exactly
     * {@code vclass}, {@code IllegalArgumentException} if it is primitive, not volatile, or static.
     */
    public static <U, W> AtomicReferenceFieldUpdater<U, W> newUpdater(Class<U> tclass, Class<W> vclass, String fieldName) {
        return new AtomicReferenceFieldUpdaterImpl<>(tclass, vclass, fieldName, Reflection.getCallerClass());
    }

    /** Sets the field of {@code obj} to {@code update} if it holds {@code expect} (identity); whether it did. */
    public abstract boolean compareAndSet(T obj, V expect, V update);

    /** As {@link #compareAndSet} (which may fail spuriously in general). */
    public abstract boolean weakCompareAndSet(T obj, V expect, V update);

    /** Sets the field (a volatile write). */
    public abstract void set(T obj, V newValue);

    /** Sets the field, eventually. */
    public abstract void lazySet(T obj, V newValue);

    /** The field's value (a volatile read). */
    public abstract V get(T obj);

    /** Sets the field and returns the old value. */
    public V getAndSet(T obj, V newValue) {
        V prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    /** Replaces the value by {@code f} of it (retried under contention), returning the old value. */
    public final V getAndUpdate(T obj, UnaryOperator<V> f) {
        V prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, f.apply(prev)));
        return prev;
    }

    /** Replaces the value by {@code f} of it (retried under contention), returning the new value. */
    public final V updateAndGet(T obj, UnaryOperator<V> f) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = f.apply(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** Replaces the value by {@code f(value, x)}, returning the old value. */
    public final V getAndAccumulate(T obj, V x, BinaryOperator<V> f) {
        V prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, f.apply(prev, x)));
        return prev;
    }

    /** Replaces the value by {@code f(value, x)}, returning the new value. */
    public final V accumulateAndGet(T obj, V x, BinaryOperator<V> f) {
        V prev;
        V next;
        do {
            prev = get(obj);
            next = f.apply(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** The updater {@code newUpdater} makes: the field's offset, the object class and the value class. */
    private static final class AtomicReferenceFieldUpdaterImpl<T, V> extends AtomicReferenceFieldUpdater<T, V> {
        private final UpdaterFields field;
        private final Class<V> vclass;

        AtomicReferenceFieldUpdaterImpl(Class<T> tclass, Class<V> vclass, String fieldName, Class<?> caller) {
            this.field = new UpdaterFields(tclass, fieldName, caller, vclass);
            this.vclass = vclass;
        }

        private V checkValue(V v) {
            if (v != null && !vclass.isInstance(v)) {
                throw new ClassCastException();
            }
            return v;
        }

        @Override
        public boolean compareAndSet(T obj, V expect, V update) {
            return Atomics.compareAndSetReference(field.check(obj), field.offset, expect, checkValue(update));
        }

        @Override
        public boolean weakCompareAndSet(T obj, V expect, V update) {
            return compareAndSet(obj, expect, update);
        }

        @Override
        public void set(T obj, V newValue) {
            Atomics.putReferenceVolatile(field.check(obj), field.offset, checkValue(newValue));
        }

        @Override
        public void lazySet(T obj, V newValue) {
            set(obj, newValue);
        }

        @Override
        public V get(T obj) {
            return vclass.cast(Atomics.getReferenceVolatile(field.check(obj), field.offset));
        }

        @Override
        public V getAndSet(T obj, V newValue) {
            return vclass.cast(Atomics.getAndSetReference(field.check(obj), field.offset, checkValue(newValue)));
        }
    }
}
