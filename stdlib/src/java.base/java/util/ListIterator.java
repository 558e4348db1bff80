package java.util;

/** An iterator over a list in either direction, which may also modify it. */
public interface ListIterator<E> extends Iterator<E> {
    @Override
    boolean hasNext();

    @Override
    E next();

    /** Whether there is an element before the cursor. */
    boolean hasPrevious();

    /** The element before the cursor, moving the cursor back. */
    E previous();

    /** The index of the element {@link #next} would return. */
    int nextIndex();

    /** The index of the element {@link #previous} would return. */
    int previousIndex();

    @Override
    void remove();

    /** Replaces the last element returned. */
    void set(E e);

    /** Inserts {@code e} before the cursor. */
    void add(E e);
}
