package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import jdk.internal.misc.Atomics;

/**
 * An array of object references whose elements are read and written with volatile semantics and updated by
 * hardware atomics ({@link Atomics}; compare-and-set compares with {@code ==}); functional updates are
 * compare-and-set loops. Indices out of range throw {@code ArrayIndexOutOfBoundsException} as HotSpot's do.
 */
public class AtomicReferenceArray<E> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int BASE = Atomics.arrayBaseOffset(Object[].class);
    private static final int SCALE = Atomics.arrayIndexScale(Object[].class);

    private final Object[] array;

    /** An array of {@code length} nulls. */
    public AtomicReferenceArray(int length) {
        array = new Object[length];
    }

    /** An array holding the elements of {@code array}, copied. */
    public AtomicReferenceArray(E[] array) {
        this.array = java.util.Arrays.copyOf(array, array.length, Object[].class);
    }

    private long offset(int i) {
        return Atomics.elementOffset(i, array.length, BASE, SCALE);
    }

    /** The length. */
    public final int length() {
        return array.length;
    }

    /** The element at {@code i}. */
    @SuppressWarnings("unchecked")
    public final E get(int i) {
        return (E) Atomics.getReferenceVolatile(array, offset(i));
    }

    /** Sets the element at {@code i}. */
    public final void set(int i, E newValue) {
        Atomics.putReferenceVolatile(array, offset(i), newValue);
    }

    /** Sets the element at {@code i} (eventually: at once here). */
    public final void lazySet(int i, E newValue) {
        set(i, newValue);
    }

    /** The element at {@code i}, plain. */
    public final E getPlain(int i) {
        return get(i);
    }

    /** Sets the element at {@code i}, plain. */
    public final void setPlain(int i, E newValue) {
        set(i, newValue);
    }

    /** The element at {@code i} with acquire semantics. */
    public final E getAcquire(int i) {
        return get(i);
    }

    /** Sets the element at {@code i} with release semantics. */
    public final void setRelease(int i, E newValue) {
        set(i, newValue);
    }

    /** Sets the element; returns the old one. */
    @SuppressWarnings("unchecked")
    public final E getAndSet(int i, E newValue) {
        return (E) Atomics.getAndSetReference(array, offset(i), newValue);
    }

    /** Sets the element to {@code newValue} if it is (identically) {@code expectedValue}; whether it did. */
    public final boolean compareAndSet(int i, E expectedValue, E newValue) {
        return Atomics.compareAndSetReference(array, offset(i), expectedValue, newValue);
    }

    /** As {@link #compareAndSet}; never fails spuriously here. */
    public final boolean weakCompareAndSet(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetPlain(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** As {@link #compareAndSet}. */
    public final boolean weakCompareAndSetVolatile(int i, E expectedValue, E newValue) {
        return compareAndSet(i, expectedValue, newValue);
    }

    /** Sets the element to {@code newValue} if it is {@code expectedValue}; returns the element found. */
    @SuppressWarnings("unchecked")
    public final E compareAndExchange(int i, E expectedValue, E newValue) {
        return (E) Atomics.compareAndExchangeReference(array, offset(i), expectedValue, newValue);
    }

    /** Applies {@code f}; returns the old value. */
    public final E getAndUpdate(int i, UnaryOperator<E> f) {
        E old;
        do {
            old = get(i);
        } while (!compareAndSet(i, old, f.apply(old)));
        return old;
    }

    /** Applies {@code f}; returns the new value. */
    public final E updateAndGet(int i, UnaryOperator<E> f) {
        E old;
        E next;
        do {
            old = get(i);
            next = f.apply(old);
        } while (!compareAndSet(i, old, next));
        return next;
    }

    /** Combines with {@code x} by {@code f}; returns the old value. */
    public final E getAndAccumulate(int i, E x, BinaryOperator<E> f) {
        E old;
        do {
            old = get(i);
        } while (!compareAndSet(i, old, f.apply(old, x)));
        return old;
    }

    /** Combines with {@code x} by {@code f}; returns the new value. */
    public final E accumulateAndGet(int i, E x, BinaryOperator<E> f) {
        E old;
        E next;
        do {
            old = get(i);
            next = f.apply(old, x);
        } while (!compareAndSet(i, old, next));
        return next;
    }

    /** The elements as {@code [a, b, c]}, each read with volatile semantics. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < array.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(get(i));
        }
        return sb.append(']').toString();
    }
}
