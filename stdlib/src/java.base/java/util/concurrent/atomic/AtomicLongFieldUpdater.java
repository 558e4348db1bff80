package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

import jdk.internal.misc.Atomics;
import jdk.internal.reflect.Reflection;

/**
 * Atomic updates of a named {@code volatile long} field of objects of one class. {@link #newUpdater} checks the
 * field once; each update checks its object and works on the field's offset with the VM's atomics. The
 * read-modify-write methods here are compare-and-set loops over the abstract operations, for subclasses; the
 * updater {@code newUpdater} returns overrides them with single atomic instructions.
 */
public abstract class AtomicLongFieldUpdater<T> {
    /** For subclasses. */
    protected AtomicLongFieldUpdater() {
    }

    /**
     * An updater for the field {@code fieldName} declared by {@code tclass}: {@code RuntimeException} wrapping
     * {@code NoSuchFieldException} or {@code IllegalAccessException} if it is missing or the caller may not
     * access it, {@code IllegalArgumentException} if it is not a long, not volatile, or static.
     */
    public static <U> AtomicLongFieldUpdater<U> newUpdater(Class<U> tclass, String fieldName) {
        return new AtomicLongFieldUpdaterImpl<>(tclass, fieldName, Reflection.getCallerClass());
    }

    /** Sets the field of {@code obj} to {@code newValue} if it holds {@code expect}; whether it did. */
    public abstract boolean compareAndSet(T obj, long expect, long newValue);

    /** As {@link #compareAndSet} (which may fail spuriously in general). */
    public abstract boolean weakCompareAndSet(T obj, long expect, long newValue);

    /** Sets the field (a volatile write). */
    public abstract void set(T obj, long newValue);

    /** Sets the field, eventually. */
    public abstract void lazySet(T obj, long newValue);

    /** The field's value (a volatile read). */
    public abstract long get(T obj);

    /** Sets the field and returns the old value. */
    public long getAndSet(T obj, long newValue) {
        long prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, newValue));
        return prev;
    }

    /** Adds one, returning the old value. */
    public long getAndIncrement(T obj) {
        return getAndAdd(obj, 1);
    }

    /** Subtracts one, returning the old value. */
    public long getAndDecrement(T obj) {
        return getAndAdd(obj, -1);
    }

    /** Adds {@code delta}, returning the old value. */
    public long getAndAdd(T obj, long delta) {
        long prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, prev + delta));
        return prev;
    }

    /** Adds one, returning the new value. */
    public long incrementAndGet(T obj) {
        return getAndAdd(obj, 1) + 1;
    }

    /** Subtracts one, returning the new value. */
    public long decrementAndGet(T obj) {
        return getAndAdd(obj, -1) - 1;
    }

    /** Adds {@code delta}, returning the new value. */
    public long addAndGet(T obj, long delta) {
        return getAndAdd(obj, delta) + delta;
    }

    /** Replaces the value by {@code f} of it (retried under contention), returning the old value. */
    public final long getAndUpdate(T obj, LongUnaryOperator f) {
        long prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, f.applyAsLong(prev)));
        return prev;
    }

    /** Replaces the value by {@code f} of it (retried under contention), returning the new value. */
    public final long updateAndGet(T obj, LongUnaryOperator f) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = f.applyAsLong(prev);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** Replaces the value by {@code f(value, x)}, returning the old value. */
    public final long getAndAccumulate(T obj, long x, LongBinaryOperator f) {
        long prev;
        do {
            prev = get(obj);
        } while (!compareAndSet(obj, prev, f.applyAsLong(prev, x)));
        return prev;
    }

    /** Replaces the value by {@code f(value, x)}, returning the new value. */
    public final long accumulateAndGet(T obj, long x, LongBinaryOperator f) {
        long prev;
        long next;
        do {
            prev = get(obj);
            next = f.applyAsLong(prev, x);
        } while (!compareAndSet(obj, prev, next));
        return next;
    }

    /** The updater {@code newUpdater} makes: the field's offset and the class objects must belong to. */
    private static final class AtomicLongFieldUpdaterImpl<T> extends AtomicLongFieldUpdater<T> {
        private final UpdaterFields field;

        AtomicLongFieldUpdaterImpl(Class<T> tclass, String fieldName, Class<?> caller) {
            this.field = new UpdaterFields(tclass, fieldName, caller, long.class, "Must be long type");
        }

        @Override
        public boolean compareAndSet(T obj, long expect, long newValue) {
            return Atomics.compareAndSetLong(field.check(obj), field.offset, expect, newValue);
        }

        @Override
        public boolean weakCompareAndSet(T obj, long expect, long newValue) {
            return compareAndSet(obj, expect, newValue);
        }

        @Override
        public void set(T obj, long newValue) {
            Atomics.putLongVolatile(field.check(obj), field.offset, newValue);
        }

        @Override
        public void lazySet(T obj, long newValue) {
            set(obj, newValue);
        }

        @Override
        public long get(T obj) {
            return Atomics.getLongVolatile(field.check(obj), field.offset);
        }

        @Override
        public long getAndSet(T obj, long newValue) {
            return Atomics.getAndSetLong(field.check(obj), field.offset, newValue);
        }

        @Override
        public long getAndAdd(T obj, long delta) {
            return Atomics.getAndAddLong(field.check(obj), field.offset, delta);
        }
    }
}
