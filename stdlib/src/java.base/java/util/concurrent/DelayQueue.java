package java.util.concurrent;

import java.util.Collection;
import java.util.PriorityQueue;

/** An unbounded blocking queue of delayed elements; an element can be taken only once its delay has expired. */
public class DelayQueue<E extends Delayed> extends MonitorBlockingQueue<E> {
    private static final long serialVersionUID = 1L;

    /** An empty queue. */
    public DelayQueue() {
        super(new PriorityQueue<E>(), Integer.MAX_VALUE);
    }

    /** A queue holding the elements of {@code c}. */
    public DelayQueue(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    @Override
    E pollReady() {
        E head = items.peek();
        if (head == null || head.getDelay(TimeUnit.NANOSECONDS) > 0) {
            return null;
        }
        return items.poll();
    }

    @Override
    long takeWaitNanos() {
        E head = items.peek();
        // The head's delay may have expired since pollReady looked at it: a negative delay must not read as
        // the "until notified" -1, or the taker waits for a put that may never come.
        return head == null ? -1L : Math.max(0L, head.getDelay(TimeUnit.NANOSECONDS));
    }

    // The element type is bounded by Delayed, so programs compiled against the JDK name these methods with
    // Delayed in their descriptors: declare each one here (javac adds the erased bridges).

    @Override
    public boolean add(E e) {
        return super.add(e);
    }

    @Override
    public boolean offer(E e) {
        return super.offer(e);
    }

    @Override
    public E poll() {
        return super.poll();
    }

    @Override
    public E take() throws InterruptedException {
        return super.take();
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return super.poll(timeout, unit);
    }

    @Override
    public E peek() {
        return super.peek();
    }

    @Override
    public void put(E e) {
        offer(e);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) {
        return offer(e);
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }
}
