package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** A FIFO blocking queue, optionally bounded ({@code Integer.MAX_VALUE} elements by default). */
public class LinkedBlockingQueue<E> extends MonitorBlockingQueue<E> {
    private static final long serialVersionUID = 1L;

    /** An unbounded queue. */
    public LinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    /** A queue holding at most {@code capacity} elements. */
    public LinkedBlockingQueue(int capacity) {
        super(new ArrayDeque<E>(), checkCapacity(capacity));
    }

    /** An unbounded queue holding the elements of {@code c} in its iteration order. */
    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            items.add(e);
        }
    }

    static int checkCapacity(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException();
        }
        return capacity;
    }
}
