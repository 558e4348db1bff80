package java.util;

/** A sorted set with closest-match navigation and descending views. */
public interface NavigableSet<E> extends SortedSet<E> {
    /** The greatest element strictly less than {@code e}, or null. */
    E lower(E e);

    /** The greatest element at most {@code e}, or null. */
    E floor(E e);

    /** The least element at least {@code e}, or null. */
    E ceiling(E e);

    /** The least element strictly greater than {@code e}, or null. */
    E higher(E e);

    /** Removes and returns the lowest element, or null. */
    E pollFirst();

    /** Removes and returns the highest element, or null. */
    E pollLast();

    @Override
    Iterator<E> iterator();

    /** A reverse-order view. */
    NavigableSet<E> descendingSet();

    /** An iterator in descending order. */
    Iterator<E> descendingIterator();

    /** The view of the elements between the bounds. */
    NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive);

    /** The view of the elements below (or up to) {@code toElement}. */
    NavigableSet<E> headSet(E toElement, boolean inclusive);

    /** The view of the elements above (or from) {@code fromElement}. */
    NavigableSet<E> tailSet(E fromElement, boolean inclusive);

    @Override
    SortedSet<E> subSet(E fromElement, E toElement);

    @Override
    SortedSet<E> headSet(E toElement);

    @Override
    SortedSet<E> tailSet(E fromElement);
}
