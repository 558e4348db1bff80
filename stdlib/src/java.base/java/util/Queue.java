package java.util;

/** A collection holding elements before processing, usually first-in first-out. */
public interface Queue<E> extends Collection<E> {
    @Override
    boolean add(E e);

    /** Inserts {@code e} if possible; whether it was. */
    boolean offer(E e);

    /** Removes the head; NoSuchElementException if empty. */
    E remove();

    /** Removes the head, or returns null if empty. */
    E poll();

    /** The head; NoSuchElementException if empty. */
    E element();

    /** The head, or null if empty. */
    E peek();
}
