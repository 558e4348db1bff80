package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** A bounded FIFO blocking queue (the fairness flag is accepted; waiters are woken together). */
public class ArrayBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private static final long serialVersionUID = 1L;

    /** A queue holding at most {@code capacity} elements. */
    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    /** A queue holding at most {@code capacity} elements, with the given fairness policy. */
    public ArrayBlockingQueue(int capacity, boolean fair) {
        super(new ArrayDeque<E>(), LinkedBlockingQueue.checkCapacity(capacity));
    }

    /** A queue holding at most {@code capacity} elements, filled with {@code c}. */
    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (items.size() >= capacity) {
                throw new IllegalArgumentException();
            }
            items.add(e);
        }
    }
}
