package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;

/**
 * An unbounded thread-safe deque without null elements. Cortado keeps the elements in an {@link ArrayDeque}
 * guarded by this object's monitor; iterators walk a snapshot (weakly consistent) and remove through the deque.
 */
public class ConcurrentLinkedDeque<E> extends AbstractCollection<E> implements Deque<E>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayDeque<E> items = new ArrayDeque<E>();

    /** An empty deque. */
    public ConcurrentLinkedDeque() {
    }

    /** A deque holding the elements of {@code c}. */
    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        for (E e : c) {
            addLast(e);
        }
    }

    private static void check(Object e) {
        if (e == null) {
            throw new NullPointerException();
        }
    }

    @Override
    public synchronized void addFirst(E e) {
        check(e);
        items.addFirst(e);
    }

    @Override
    public synchronized void addLast(E e) {
        check(e);
        items.addLast(e);
    }

    @Override
    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    @Override
    public synchronized E pollFirst() {
        return items.pollFirst();
    }

    @Override
    public synchronized E pollLast() {
        return items.pollLast();
    }

    @Override
    public synchronized E peekFirst() {
        return items.peekFirst();
    }

    @Override
    public synchronized E peekLast() {
        return items.peekLast();
    }

    @Override
    public E removeFirst() {
        return MonitorBlockingQueue.orThrow(pollFirst());
    }

    @Override
    public E removeLast() {
        return MonitorBlockingQueue.orThrow(pollLast());
    }

    @Override
    public E getFirst() {
        return MonitorBlockingQueue.orThrow(peekFirst());
    }

    @Override
    public E getLast() {
        return MonitorBlockingQueue.orThrow(peekLast());
    }

    @Override
    public boolean add(E e) {
        return offerLast(e);
    }

    @Override
    public synchronized boolean removeFirstOccurrence(Object o) {
        check(o);
        return items.removeFirstOccurrence(o);
    }

    @Override
    public synchronized boolean removeLastOccurrence(Object o) {
        check(o);
        return items.removeLastOccurrence(o);
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public synchronized boolean contains(Object o) {
        return o != null && items.contains(o);
    }

    @Override
    public synchronized int size() {
        return items.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public synchronized void clear() {
        items.clear();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        if (c == this) {
            throw new IllegalArgumentException();
        }
        Object[] a = c.toArray();
        for (Object o : a) {
            check(o);
        }
        synchronized (this) {
            for (Object o : a) {
                @SuppressWarnings("unchecked")
                E e = (E) o;
                items.addLast(e);
            }
        }
        return a.length > 0;
    }

    @Override
    public synchronized Object[] toArray() {
        return items.toArray();
    }

    @Override
    public synchronized <T> T[] toArray(T[] a) {
        return items.toArray(a);
    }

    @Override
    public synchronized String toString() {
        return items.toString();
    }

    @Override
    public Iterator<E> iterator() {
        return new MonitorBlockingQueue.Snapshot<E>(this, toArray());
    }

    @Override
    public Iterator<E> descendingIterator() {
        Object[] a = toArray();
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return new MonitorBlockingQueue.Snapshot<E>(this, a);
    }
}
