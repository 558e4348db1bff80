package java.util.concurrent;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * A list whose every mutation copies the backing array, so iterators see the snapshot taken when they were created
 * and never throw {@code ConcurrentModificationException} (their {@code remove}, {@code set} and {@code add} throw
 * {@code UnsupportedOperationException}). Mutators are synchronized on the list and the array field is volatile.
 * Unlike HotSpot's class this one extends {@link AbstractList} (for {@code equals}, {@code hashCode},
 * {@code toString} and the views), which only {@code instanceof AbstractList} can observe.
 */
public class CopyOnWriteArrayList<E> extends AbstractList<E> implements RandomAccess, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private volatile Object[] array;

    /** An empty list. */
    public CopyOnWriteArrayList() {
        array = new Object[0];
    }

    /** A list of the elements of {@code c}, in its iteration order. */
    public CopyOnWriteArrayList(Collection<? extends E> c) {
        array = c.toArray();
        if (array.getClass() != Object[].class) {
            array = java.util.Arrays.copyOf(array, array.length, Object[].class);
        }
    }

    /** A list of a copy of {@code toCopyIn}. */
    public CopyOnWriteArrayList(E[] toCopyIn) {
        array = java.util.Arrays.copyOf(toCopyIn, toCopyIn.length, Object[].class);
    }

    @Override
    public int size() {
        return array.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Object[] a = array;
        if (index < 0 || index >= a.length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + a.length);
        }
        return (E) a[index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized E set(int index, E element) {
        Object[] a = array;
        E old = get(index);
        Object[] b = a.clone();
        b[index] = element;
        array = b;
        return old;
    }

    @Override
    public synchronized boolean add(E e) {
        Object[] a = array;
        Object[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = e;
        array = b;
        return true;
    }

    @Override
    public synchronized void add(int index, E element) {
        Object[] a = array;
        if (index < 0 || index > a.length) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + a.length);
        }
        Object[] b = new Object[a.length + 1];
        System.arraycopy(a, 0, b, 0, index);
        b[index] = element;
        System.arraycopy(a, index, b, index + 1, a.length - index);
        array = b;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized E remove(int index) {
        Object[] a = array;
        E old = get(index);
        Object[] b = new Object[a.length - 1];
        System.arraycopy(a, 0, b, 0, index);
        System.arraycopy(a, index + 1, b, index, a.length - index - 1);
        array = b;
        return old;
    }

    @Override
    public synchronized boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        remove(i);
        return true;
    }

    /** Adds {@code e} unless present; whether it did. */
    public synchronized boolean addIfAbsent(E e) {
        if (indexOf(e) >= 0) {
            return false;
        }
        return add(e);
    }

    /** Adds the elements of {@code c} that are not present, in order; how many it added. */
    public synchronized int addAllAbsent(Collection<? extends E> c) {
        int n = 0;
        for (E e : c) {
            if (addIfAbsent(e)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized boolean addAll(Collection<? extends E> c) {
        Object[] add = c.toArray();
        if (add.length == 0) {
            return false;
        }
        Object[] a = array;
        Object[] b = java.util.Arrays.copyOf(a, a.length + add.length);
        System.arraycopy(add, 0, b, a.length, add.length);
        array = b;
        return true;
    }

    @Override
    public synchronized void clear() {
        array = new Object[0];
    }

    @Override
    public synchronized boolean removeIf(java.util.function.Predicate<? super E> filter) {
        Object[] a = array;
        Object[] b = new Object[a.length];
        int n = 0;
        for (Object o : a) {
            @SuppressWarnings("unchecked")
            E e = (E) o;
            if (!filter.test(e)) {
                b[n++] = o;
            }
        }
        if (n == a.length) {
            return false;
        }
        array = java.util.Arrays.copyOf(b, n);
        return true;
    }

    @Override
    public synchronized boolean removeAll(Collection<?> c) {
        final Collection<?> cc = c;
        return removeIf(new java.util.function.Predicate<E>() {
            public boolean test(E e) {
                return cc.contains(e);
            }
        });
    }

    @Override
    public synchronized boolean retainAll(Collection<?> c) {
        final Collection<?> cc = c;
        return removeIf(new java.util.function.Predicate<E>() {
            public boolean test(E e) {
                return !cc.contains(e);
            }
        });
    }

    @Override
    public synchronized void sort(java.util.Comparator<? super E> c) {
        Object[] b = array.clone();
        @SuppressWarnings("unchecked")
        E[] es = (E[]) b;
        java.util.Arrays.sort(es, c);
        array = b;
    }

    @Override
    public synchronized void replaceAll(java.util.function.UnaryOperator<E> op) {
        Object[] b = array.clone();
        for (int i = 0; i < b.length; i++) {
            @SuppressWarnings("unchecked")
            E e = (E) b[i];
            b[i] = op.apply(e);
        }
        array = b;
    }

    @Override
    public Object[] toArray() {
        return array.clone();
    }

    @Override
    public Iterator<E> iterator() {
        return new Snapshot<E>(array, 0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new Snapshot<E>(array, 0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        Object[] a = array;
        if (index < 0 || index > a.length) {
            throw new IndexOutOfBoundsException("Index: " + index);
        }
        return new Snapshot<E>(a, index);
    }

    @Override
    public Object clone() {
        return new CopyOnWriteArrayList<E>(this);
    }

    /** An iterator over a snapshot of the array; it cannot change the list. */
    private static final class Snapshot<E> implements ListIterator<E> {
        private final Object[] snapshot;
        private int cursor;

        Snapshot(Object[] snapshot, int cursor) {
            this.snapshot = snapshot;
            this.cursor = cursor;
        }

        public boolean hasNext() {
            return cursor < snapshot.length;
        }

        public boolean hasPrevious() {
            return cursor > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= snapshot.length) {
                throw new NoSuchElementException();
            }
            return (E) snapshot[cursor++];
        }

        @SuppressWarnings("unchecked")
        public E previous() {
            if (cursor <= 0) {
                throw new NoSuchElementException();
            }
            return (E) snapshot[--cursor];
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public void remove() {
            throw new UnsupportedOperationException();
        }

        public void set(E e) {
            throw new UnsupportedOperationException();
        }

        public void add(E e) {
            throw new UnsupportedOperationException();
        }
    }
}
