package java.util;

import java.util.function.Predicate;

/** A group of elements: the root interface of the collection hierarchy. */
public interface Collection<E> extends Iterable<E> {
    /** The number of elements. */
    int size();

    /** Whether there are no elements. */
    boolean isEmpty();

    /** Whether some element equals {@code o}. */
    boolean contains(Object o);

    /** An iterator over the elements. */
    @Override
    Iterator<E> iterator();

    /** The elements in a new {@code Object[]}. */
    Object[] toArray();

    /** The elements in {@code a} if it is large enough, else in a new array of its type. */
    <T> T[] toArray(T[] a);

    /** Adds {@code e}; whether the collection changed. */
    boolean add(E e);

    /** Removes one element equal to {@code o}; whether one was found. */
    boolean remove(Object o);

    /** Whether every element of {@code c} is contained. */
    boolean containsAll(Collection<?> c);

    /** Adds every element of {@code c}; whether the collection changed. */
    boolean addAll(Collection<? extends E> c);

    /** Removes every element contained in {@code c}; whether the collection changed. */
    boolean removeAll(Collection<?> c);

    /** Keeps only the elements contained in {@code c}; whether the collection changed. */
    boolean retainAll(Collection<?> c);

    /** Removes every element. */
    void clear();

    /** Removes the elements satisfying {@code filter}; whether any was removed. */
    default boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }
}
