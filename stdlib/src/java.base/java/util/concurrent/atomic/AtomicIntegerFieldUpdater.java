package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

import jdk.internal.misc.Atomics;
import jdk.internal.reflect.Reflection;

/**
 * Atomic updates of a named {@code volatile int} field of objects of one class. {@link #newUpdater} checks the
 * field once; each update checks its object and works on the field's offset with the VM's atomics. The
 * read-modify-write methods here are compare-and-set loops over the abstract operations, for subclasses; the
 * updater {@code newUpdater} returns overrides them with single atomic instructions.
 */
public abstract class AtomicIntegerFieldUpdater<T> {
    /** For subclasses. */
    protected AtomicIntegerFieldUpdater() {
    }

    /**
     * An updater for the field {@code fieldName} declared by {@code tclass}: {@code RuntimeException} wrapping
     * {@code NoSuchFieldException} or {@code IllegalAccessException} if it is missing or the caller may not
     * access it, {@code IllegalArgumentException} if it is not an int, not volatile, or static.
     */
    public static <U> AtomicIntegerFieldUpdater<U> newUpdater(Class<U> tclass, String fieldName) {
        return new AtomicIntegerFieldUpdaterImpl<>(tclass, fieldName, Reflection.getCallerClass());
    }

    /** Sets the field of {@code obj} to {@code newValue} if it holds {@code expect}; whether it did. */
    public abstract boolean compareAndSet(T obj, int expect, int newValue);

    /** As {@link #compareAndSet} (which may fail spuriously in general). */
    public abstract boolean weakCompareAndSet(T obj, int expect, int newValue);

    /** Sets the field (a volatile write). */
    public abstract void set(T obj, int newValue);

    /** Sets the field, eventually. */
    public abstract void lazySet(T obj, int newValue);

    /** The field's value (a volatile read). */
    public abstract int get(T obj);

    /** Sets the field and returns the old value. */
    public int getAndSet(T obj, int newValue) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    /** Adds one, returning the old value. */
    public int getAndIncrement(T obj) {
        return getAndAdd(obj, 1);
    }

    /** Subtracts one, returning the old value. */
    public int getAndDecrement(T obj) {
        return getAndAdd(obj, -1);
    }

    /** Adds {@code delta}, returning the old value. */
    public int getAndAdd(T obj, int delta) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev + delta));
        return prev;
    }

    /** Adds one, returning the new value. */
    public int incrementAndGet(T obj) {
        return getAndAdd(obj, 1) + 1;
    }

    /** Subtracts one, returning the new value. */
    public int decrementAndGet(T obj) {
        return getAndAdd(obj, -1) - 1;
    }

    /** Adds {@code delta}, returning the new value. */
    public int addAndGet(T obj, int delta) {
        return getAndAdd(obj, delta) + delta;
    }

    /** Replaces the value by {@code f} of it (retried under contention), returning the old value. */
    public final int getAndUpdate(T obj, IntUnaryOperator f) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, f.applyAsInt(prev)));
        return prev;
    }

    /** Replaces the value by {@code f} of it (retried under contention), returning the new value. */
    public final int updateAndGet(T obj, IntUnaryOperator f) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = f.applyAsInt(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** Replaces the value by {@code f(value, x)}, returning the old value. */
    public final int getAndAccumulate(T obj, int x, IntBinaryOperator f) {
        int prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, f.applyAsInt(prev, x)));
        return prev;
    }

    /** Replaces the value by {@code f(value, x)}, returning the new value. */
    public final int accumulateAndGet(T obj, int x, IntBinaryOperator f) {
        int prev;
        int next;
        do {
            prev = get(obj);
            next = f.applyAsInt(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** The updater {@code newUpdater} makes: the field's offset and the class objects must belong to. */
    private static final class AtomicIntegerFieldUpdaterImpl<T> extends AtomicIntegerFieldUpdater<T> {
        private final UpdaterFields field;

        AtomicIntegerFieldUpdaterImpl(Class<T> tclass, String fieldName, Class<?> caller) {
            this.field = new UpdaterFields(tclass, fieldName, caller, int.class, "Must be integer type");
        }

        @Override
        public boolean compareAndSet(T obj, int expect, int newValue) {
            return Atomics.compareAndSetInt(field.check(obj), field.offset, expect, newValue);
        }

        @Override
        public boolean weakCompareAndSet(T obj, int expect, int newValue) {
            return compareAndSet(obj, expect, newValue);
        }

        @Override
        public void set(T obj, int newValue) {
            Atomics.putIntVolatile(field.check(obj), field.offset, newValue);
        }

        @Override
        public void lazySet(T obj, int newValue) {
            set(obj, newValue);
        }

        @Override
        public int get(T obj) {
            return Atomics.getIntVolatile(field.check(obj), field.offset);
        }

        @Override
        public int getAndSet(T obj, int newValue) {
            return Atomics.getAndSetInt(field.check(obj), field.offset, newValue);
        }

        @Override
        public int getAndAdd(T obj, int delta) {
            return Atomics.getAndAddInt(field.check(obj), field.offset, delta);
        }
    }
}
