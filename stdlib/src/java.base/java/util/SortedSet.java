package java.util;

/** A set ordered by its elements. */
public interface SortedSet<E> extends Set<E> {
    /** The comparator, or null for natural order. */
    Comparator<? super E> comparator();

    /** The view of elements in {@code [fromElement, toElement)}. */
    SortedSet<E> subSet(E fromElement, E toElement);

    /** The view of elements below {@code toElement}. */
    SortedSet<E> headSet(E toElement);

    /** The view of elements from {@code fromElement} on. */
    SortedSet<E> tailSet(E fromElement);

    /** The lowest element; NoSuchElementException if empty. */
    E first();

    /** The highest element; NoSuchElementException if empty. */
    E last();

    @Override
    default Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, Spliterator.DISTINCT | Spliterator.SORTED | Spliterator.ORDERED);
    }
}
