package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;

/**
 * A queue with no capacity: each insertion waits for a removal and each removal for an insertion, and the element
 * passes directly from one thread to the other. Waiting producers and consumers are kept in FIFO order (both
 * policies; the fairness flag is accepted) as nodes under this object's monitor; a hand-off fills in the waiting
 * node and wakes every waiter, which re-check their own node.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** A waiting producer (item set) or consumer (item null until matched). */
    private static final class Node {
        Object item;
        boolean matched;

        Node(Object item) {
            this.item = item;
        }
    }

    private final ArrayDeque<Node> producers = new ArrayDeque<Node>();
    private final ArrayDeque<Node> consumers = new ArrayDeque<Node>();

    /** A queue with the non-fair policy. */
    public SynchronousQueue() {
        this(false);
    }

    /** A queue with the given fairness policy. */
    public SynchronousQueue(boolean fair) {
    }

    /** Hands {@code e} to a waiting consumer (the caller holds the monitor); whether one was waiting. */
    private boolean handToConsumer(Object e) {
        Node c = consumers.poll();
        if (c == null) {
            return false;
        }
        c.item = e;
        c.matched = true;
        notifyAll();
        return true;
    }

    /** Takes the item of a waiting producer (the caller holds the monitor), or null. */
    private Object takeFromProducer() {
        Node p = producers.poll();
        if (p == null) {
            return null;
        }
        p.matched = true;
        notifyAll();
        return p.item;
    }

    /**
     * Hands {@code e} to a consumer (e non-null) or takes a producer's element (e null), waiting up to
     * {@code nanos} (forever if negative, not at all if 0) for a partner. Returns the element taken, or
     * {@code e} once handed over; null when no partner came in time.
     */
    private Object transfer(Object e, long nanos) throws InterruptedException {
        synchronized (this) {
            if (e != null && handToConsumer(e)) {
                return e;
            }
            if (e == null) {
                Object x = takeFromProducer();
                if (x != null) {
                    return x;
                }
            }
            if (nanos == 0) {
                return null;
            }
            Node me = new Node(e);
            ArrayDeque<Node> line = e != null ? producers : consumers;
            line.add(me);
            long deadline = Waits.deadline(nanos);
            try {
                while (!me.matched) {
                    if (nanos < 0) {
                        wait();
                    } else {
                        long left = Waits.left(deadline);
                        if (left <= 0) {
                            break;
                        }
                        Waits.waitNanos(this, left);
                    }
                }
            } catch (InterruptedException ie) {
                if (!me.matched) {
                    line.remove(me);
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            if (!me.matched) {
                line.remove(me);
                return null;
            }
            return me.item;
        }
    }

    private boolean transferOut(E e, long nanos) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        return transfer(e, nanos) != null;
    }

    @SuppressWarnings("unchecked")
    private E transferIn(long nanos) throws InterruptedException {
        return (E) transfer(null, nanos);
    }

    @Override
    public void put(E e) throws InterruptedException {
        transferOut(e, -1L);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return transferOut(e, Math.max(1L, unit.toNanos(timeout)));
    }

    @Override
    public boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            return handToConsumer(e);
        }
    }

    @Override
    public E take() throws InterruptedException {
        return transferIn(-1L);
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long n = unit.toNanos(timeout);
        return transferIn(n <= 0 ? 0L : n);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E poll() {
        synchronized (this) {
            return (E) takeFromProducer();
        }
    }

    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public int remainingCapacity() {
        return 0;
    }

    @Override
    public void clear() {
    }

    @Override
    public boolean contains(Object o) {
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return false;
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return c.isEmpty();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return false;
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return false;
    }

    @Override
    public E peek() {
        return null;
    }

    @Override
    public Iterator<E> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public Object[] toArray() {
        return new Object[0];
    }

    @Override
    public <T> T[] toArray(T[] a) {
        if (a.length > 0) {
            a[0] = null;
        }
        return a;
    }

    /** Always {@code "[]"}. */
    @Override
    public String toString() {
        return "[]";
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super E> c, int maxElements) {
        MonitorBlockingQueue.checkDrainTarget(c, this);
        int n = 0;
        for (E e; n < maxElements && (e = poll()) != null; n++) {
            c.add(e);
        }
        return n;
    }
}
