package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;

/** A deque with blocking operations at both ends, optionally bounded. */
public class LinkedBlockingDeque<E> extends MonitorBlockingQueue<E> implements BlockingDeque<E> {
    private static final long serialVersionUID = 1L;

    /** An unbounded deque. */
    public LinkedBlockingDeque() {
        this(Integer.MAX_VALUE);
    }

    /** A deque holding at most {@code capacity} elements. */
    public LinkedBlockingDeque(int capacity) {
        super(new ArrayDeque<E>(), LinkedBlockingQueue.checkCapacity(capacity));
    }

    /** An unbounded deque holding the elements of {@code c}. */
    public LinkedBlockingDeque(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            items.add(e);
        }
    }

    private ArrayDeque<E> deque() {
        return (ArrayDeque<E>) items;
    }

    @Override
    public boolean offerFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (items.size() >= capacity) {
                return false;
            }
            deque().addFirst(e);
            notifyAll();
            return true;
        }
    }

    @Override
    public boolean offerLast(E e) {
        return offer(e);
    }

    @Override
    public void addFirst(E e) {
        if (!offerFirst(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    @Override
    public void addLast(E e) {
        if (!offerLast(e)) {
            throw new IllegalStateException("Deque full");
        }
    }

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public void putFirst(E e) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            awaitSpace(false, 0L);
            deque().addFirst(e);
            notifyAll();
        }
    }

    @Override
    public void putLast(E e) throws InterruptedException {
        put(e);
    }

    @Override
    public boolean offerFirst(E e, long timeout, TimeUnit unit) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        long deadline = Waits.deadline(unit.toNanos(timeout));
        synchronized (this) {
            if (!awaitSpace(true, deadline)) {
                return false;
            }
            deque().addFirst(e);
            notifyAll();
            return true;
        }
    }

    @Override
    public boolean offerLast(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return offer(e, timeout, unit);
    }

    @Override
    public E pollFirst() {
        return poll();
    }

    @Override
    public E pollLast() {
        synchronized (this) {
            E e = deque().pollLast();
            if (e != null) {
                notifyAll();
            }
            return e;
        }
    }

    @Override
    public E takeFirst() throws InterruptedException {
        return take();
    }

    @Override
    public E takeLast() throws InterruptedException {
        synchronized (this) {
            awaitElement(false, 0L);
            E e = deque().pollLast();
            notifyAll();
            return e;
        }
    }

    @Override
    public E pollFirst(long timeout, TimeUnit unit) throws InterruptedException {
        return poll(timeout, unit);
    }

    @Override
    public E pollLast(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Waits.deadline(unit.toNanos(timeout));
        synchronized (this) {
            if (!awaitElement(true, deadline)) {
                return null;
            }
            E e = deque().pollLast();
            notifyAll();
            return e;
        }
    }

    @Override
    public E removeFirst() {
        return orThrow(pollFirst());
    }

    @Override
    public E removeLast() {
        return orThrow(pollLast());
    }

    @Override
    public E getFirst() {
        return orThrow(peekFirst());
    }

    @Override
    public E getLast() {
        return orThrow(peekLast());
    }

    @Override
    public E peekFirst() {
        return peek();
    }

    @Override
    public E peekLast() {
        synchronized (this) {
            return deque().peekLast();
        }
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        return remove(o);
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (this) {
            boolean removed = deque().removeLastOccurrence(o);
            if (removed) {
                notifyAll();
            }
            return removed;
        }
    }

    @Override
    public void push(E e) {
        addFirst(e);
    }

    @Override
    public E pop() {
        return removeFirst();
    }

    @Override
    public E remove() {
        return removeFirst();
    }

    @Override
    public E element() {
        return getFirst();
    }

    @Override
    public Iterator<E> descendingIterator() {
        Object[] a = toArray();
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return new Snapshot<E>(this, a);
    }
}
