package java.util.concurrent;

import java.util.Deque;
import java.util.Iterator;

/** A deque with blocking insertions and removals at both ends. */
public interface BlockingDeque<E> extends BlockingQueue<E>, Deque<E> {
    @Override
    void addFirst(E e);

    @Override
    void addLast(E e);

    @Override
    boolean offerFirst(E e);

    @Override
    boolean offerLast(E e);

    /** Inserts at the front, waiting for space. */
    void putFirst(E e) throws InterruptedException;

    /** Inserts at the back, waiting for space. */
    void putLast(E e) throws InterruptedException;

    /** Inserts at the front, waiting at most the timeout. */
    boolean offerFirst(E e, long timeout, TimeUnit unit) throws InterruptedException;

    /** Inserts at the back, waiting at most the timeout. */
    boolean offerLast(E e, long timeout, TimeUnit unit) throws InterruptedException;

    /** Removes the first element, waiting for one. */
    E takeFirst() throws InterruptedException;

    /** Removes the last element, waiting for one. */
    E takeLast() throws InterruptedException;

    /** Removes the first element, waiting at most the timeout. */
    E pollFirst(long timeout, TimeUnit unit) throws InterruptedException;

    /** Removes the last element, waiting at most the timeout. */
    E pollLast(long timeout, TimeUnit unit) throws InterruptedException;

    @Override
    boolean removeFirstOccurrence(Object o);

    @Override
    boolean removeLastOccurrence(Object o);

    @Override
    boolean add(E e);

    @Override
    boolean offer(E e);

    @Override
    void put(E e) throws InterruptedException;

    @Override
    boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException;

    @Override
    E remove();

    @Override
    E poll();

    @Override
    E take() throws InterruptedException;

    @Override
    E poll(long timeout, TimeUnit unit) throws InterruptedException;

    @Override
    E element();

    @Override
    E peek();

    @Override
    boolean remove(Object o);

    @Override
    boolean contains(Object o);

    @Override
    int size();

    @Override
    Iterator<E> iterator();

    @Override
    void push(E e);
}
