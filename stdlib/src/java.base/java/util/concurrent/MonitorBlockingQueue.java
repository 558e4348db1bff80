package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;

/**
 * The shared body of Cortado's blocking queues: the elements live in a plain queue ({@code ArrayDeque} for the
 * FIFO queues, {@code PriorityQueue} for the priority and delay queues, so iteration and {@code toString} order
 * match HotSpot's) guarded by this object's monitor; every change that may let a waiter proceed calls
 * {@code notifyAll}, and waiters loop on {@code wait} until their condition holds. Iterators walk a snapshot
 * (weakly consistent, as the API allows) and remove through the queue.
 */
abstract class MonitorBlockingQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The elements (guarded by this). */
    final Queue<E> items;
    /** The most elements held at once. */
    final int capacity;
    /** Threads waiting in {@code take} or a timed {@code poll} for an element (guarded by this). */
    int waitingTakers;

    MonitorBlockingQueue(Queue<E> items, int capacity) {
        this.items = items;
        this.capacity = capacity;
    }

    /** Removes and returns the head if it may be taken now, else null (the caller holds the monitor). */
    E pollReady() {
        return items.poll();
    }

    /**
     * How long a taker should wait before looking again: -1 for "until notified", otherwise never negative (an
     * element that became ready since {@link #pollReady} looked gives 0: look again at once). The caller holds
     * the monitor.
     */
    long takeWaitNanos() {
        return -1L;
    }

    /** Inserts without waiting, the caller holding the monitor and space being available. */
    void insert(E e) {
        items.offer(e);
    }

    @Override
    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (items.size() >= capacity) {
                return false;
            }
            insert(e);
            notifyAll();
            return true;
        }
    }

    @Override
    public boolean add(E e) {
        if (offer(e)) {
            return true;
        }
        throw new IllegalStateException("Queue full");
    }

    /**
     * Waits (holding the monitor) while the queue is full; false if {@code timed} and the deadline passed first.
     */
    final boolean awaitSpace(boolean timed, long deadline) throws InterruptedException {
        while (items.size() >= capacity) {
            if (!awaitChange(timed, deadline)) {
                return false;
            }
        }
        return true;
    }

    /** Waits (holding the monitor) while the queue is empty; false if {@code timed} and the deadline passed. */
    final boolean awaitElement(boolean timed, long deadline) throws InterruptedException {
        while (items.isEmpty()) {
            if (!awaitChange(timed, deadline)) {
                return false;
            }
        }
        return true;
    }

    /** One wait for a change (holding the monitor); false if {@code timed} and the deadline has passed. */
    private boolean awaitChange(boolean timed, long deadline) throws InterruptedException {
        if (!timed) {
            wait();
            return true;
        }
        long left = Waits.left(deadline);
        if (left <= 0) {
            return false;
        }
        Waits.waitNanos(this, left);
        return true;
    }

    /** Inserts {@code e} once there is space; false if {@code timed} and the deadline passed first. */
    private boolean insertWhenSpace(E e, boolean timed, long deadline) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (!awaitSpace(timed, deadline)) {
                return false;
            }
            insert(e);
            notifyAll();
            return true;
        }
    }

    @Override
    public void put(E e) throws InterruptedException {
        insertWhenSpace(e, false, 0L);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return insertWhenSpace(e, true, Waits.deadline(unit.toNanos(timeout)));
    }

    @Override
    public E poll() {
        synchronized (this) {
            E e = pollReady();
            if (e != null) {
                notifyAll();
            }
            return e;
        }
    }

    /** Removes the head once one may be taken; null if {@code timed} and the deadline passed first. */
    private E takeWhenReady(boolean timed, long deadline) throws InterruptedException {
        synchronized (this) {
            for (;;) {
                E e = pollReady();
                if (e != null) {
                    notifyAll();
                    return e;
                }
                long left = timed ? Waits.left(deadline) : Long.MAX_VALUE;
                if (left <= 0) {
                    return null;
                }
                long w = takeWaitNanos();
                waitingTakers++;
                try {
                    if (w < 0 && !timed) {
                        wait();
                    } else {
                        Waits.waitNanos(this, w < 0 ? left : Math.max(1L, Math.min(w, left)));
                    }
                } finally {
                    waitingTakers--;
                }
            }
        }
    }

    @Override
    public E take() throws InterruptedException {
        return takeWhenReady(false, 0L);
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return takeWhenReady(true, Waits.deadline(unit.toNanos(timeout)));
    }

    @Override
    public E peek() {
        synchronized (this) {
            return items.peek();
        }
    }

    @Override
    public int size() {
        synchronized (this) {
            return items.size();
        }
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public int remainingCapacity() {
        synchronized (this) {
            return capacity == Integer.MAX_VALUE ? Integer.MAX_VALUE : capacity - items.size();
        }
    }

    @Override
    public boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (this) {
            boolean removed = items.remove(o);
            if (removed) {
                notifyAll();
            }
            return removed;
        }
    }

    @Override
    public boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        synchronized (this) {
            return items.contains(o);
        }
    }

    @Override
    public void clear() {
        synchronized (this) {
            items.clear();
            notifyAll();
        }
    }

    @Override
    public Object[] toArray() {
        synchronized (this) {
            return items.toArray();
        }
    }

    @Override
    public <T> T[] toArray(T[] a) {
        synchronized (this) {
            return items.toArray(a);
        }
    }

    @Override
    public String toString() {
        synchronized (this) {
            return items.toString();
        }
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    /** The checks of {@code drainTo}: NullPointerException for null, IllegalArgumentException for the queue itself. */
    static void checkDrainTarget(Collection<?> c, Collection<?> self) {
        if (c == null) {
            throw new NullPointerException();
        }
        if (c == self) {
            throw new IllegalArgumentException();
        }
    }

    /** {@code e}, or NoSuchElementException when null (the throwing forms of the deque accessors). */
    static <E> E orThrow(E e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        checkDrainTarget(c, this);
        int n = 0;
        synchronized (this) {
            while (n < maxElements) {
                E e = pollReady();
                if (e == null) {
                    break;
                }
                c.add(e);
                n++;
            }
            if (n > 0) {
                notifyAll();
            }
        }
        return n;
    }

    @Override
    public Iterator<E> iterator() {
        return new Snapshot<E>(this, toArray());
    }

    /** Iterates over a snapshot of a queue; {@code remove} removes the last element returned from the queue. */
    static final class Snapshot<E> implements Iterator<E> {
        private final Collection<E> owner;
        private final Object[] elements;
        private int next;
        private Object last;

        Snapshot(Collection<E> owner, Object[] elements) {
            this.owner = owner;
            this.elements = elements;
        }

        @Override
        public boolean hasNext() {
            return next < elements.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (next >= elements.length) {
                throw new NoSuchElementException();
            }
            last = elements[next++];
            return (E) last;
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            owner.remove(last);
            last = null;
        }
    }
}
