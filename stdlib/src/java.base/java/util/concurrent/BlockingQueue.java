package java.util.concurrent;

import java.util.Collection;
import java.util.Queue;

/** A queue whose {@code put} waits for space and whose {@code take} waits for an element; no null elements. */
public interface BlockingQueue<E> extends Queue<E> {
    @Override
    boolean add(E e);

    @Override
    boolean offer(E e);

    /** Inserts {@code e}, waiting for space. */
    void put(E e) throws InterruptedException;

    /** Inserts {@code e}, waiting at most the timeout for space; whether it was inserted. */
    boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException;

    /** Removes the head, waiting for one. */
    E take() throws InterruptedException;

    /** Removes the head, waiting at most the timeout; null if none came. */
    E poll(long timeout, TimeUnit unit) throws InterruptedException;

    /** How many more elements fit without blocking ({@code Integer.MAX_VALUE} if unbounded). */
    int remainingCapacity();

    @Override
    boolean remove(Object o);

    @Override
    boolean contains(Object o);

    /** Moves every available element to {@code c}; the count moved. */
    int drainTo(Collection<? super E> c);

    /** Moves at most {@code maxElements} available elements to {@code c}; the count moved. */
    int drainTo(Collection<? super E> c, int maxElements);
}
