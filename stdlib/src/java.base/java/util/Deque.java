package java.util;

/**
 * A linear collection with insertion and removal at both ends; also a stack and a queue. The queue and stack
 * methods are defined here once as the end operations they stand for ({@code offer} is {@code offerLast},
 * {@code poll} is {@code pollFirst}, {@code push} is {@code addFirst}, ...), so implementations write only the
 * end operations ({@code add} stays theirs: {@code AbstractCollection}'s would win over a default).
 */
public interface Deque<E> extends Queue<E> {
    /** Inserts at the front. */
    void addFirst(E e);

    /** Inserts at the end. */
    void addLast(E e);

    /** Inserts at the front if possible. */
    boolean offerFirst(E e);

    /** Inserts at the end if possible. */
    boolean offerLast(E e);

    /** Removes the first element; NoSuchElementException if empty. */
    E removeFirst();

    /** Removes the last element; NoSuchElementException if empty. */
    E removeLast();

    /** Removes the first element, or null. */
    E pollFirst();

    /** Removes the last element, or null. */
    E pollLast();

    /** The first element; NoSuchElementException if empty. */
    E getFirst();

    /** The last element; NoSuchElementException if empty. */
    E getLast();

    /** The first element, or null. */
    E peekFirst();

    /** The last element, or null. */
    E peekLast();

    /** Removes the first occurrence of {@code o}. */
    boolean removeFirstOccurrence(Object o);

    /** Removes the last occurrence of {@code o}. */
    boolean removeLastOccurrence(Object o);

    @Override
    boolean add(E e);

    @Override
    default boolean offer(E e) {
        return offerLast(e);
    }

    @Override
    default E remove() {
        return removeFirst();
    }

    @Override
    default E poll() {
        return pollFirst();
    }

    @Override
    default E element() {
        return getFirst();
    }

    @Override
    default E peek() {
        return peekFirst();
    }

    @Override
    boolean addAll(Collection<? extends E> c);

    /** Pushes onto the front (the stack's top). */
    default void push(E e) {
        addFirst(e);
    }

    /** Pops from the front. */
    default E pop() {
        return removeFirst();
    }

    @Override
    boolean remove(Object o);

    @Override
    boolean contains(Object o);

    @Override
    int size();

    @Override
    Iterator<E> iterator();

    /** An iterator from last to first. */
    Iterator<E> descendingIterator();
}
