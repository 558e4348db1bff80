package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * An unbounded blocking queue ordered like {@link PriorityQueue} (the same heap, so iteration order matches
 * HotSpot's); {@code put} never blocks.
 */
public class PriorityBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private static final long serialVersionUID = 1L;

    /** A queue in natural order. */
    public PriorityBlockingQueue() {
        this(11, null);
    }

    /** A queue in natural order with the given initial capacity. */
    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    /** A queue ordered by {@code comparator} (natural order when null). */
    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        super(new PriorityQueue<E>(checkInitial(initialCapacity), comparator), Integer.MAX_VALUE);
    }

    /** A queue holding the elements of {@code c}, ordered as {@link PriorityQueue#PriorityQueue(Collection)}. */
    public PriorityBlockingQueue(Collection<? extends E> c) {
        super(new PriorityQueue<E>(c), Integer.MAX_VALUE);
    }

    private static int checkInitial(int initialCapacity) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        return initialCapacity;
    }

    /** The ordering comparator, or null for natural order. */
    public Comparator<? super E> comparator() {
        return ((PriorityQueue<E>) items).comparator();
    }

    @Override
    public void put(E e) {
        offer(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }
}
