package java.util;

import java.util.function.UnaryOperator;

/** An ordered collection with positional access. */
public interface List<E> extends Collection<E> {
    /** The element at {@code index}. */
    E get(int index);

    /** Replaces the element at {@code index}; returns the old one. */
    E set(int index, E element);

    /** Inserts {@code element} at {@code index}. */
    void add(int index, E element);

    /** Removes the element at {@code index} and returns it. */
    E remove(int index);

    /** The first index of an element equal to {@code o}, or -1. */
    int indexOf(Object o);

    /** The last index of an element equal to {@code o}, or -1. */
    int lastIndexOf(Object o);

    /** A list iterator from the start. */
    ListIterator<E> listIterator();

    /** A list iterator from {@code index}. */
    ListIterator<E> listIterator(int index);

    /** A view of {@code [fromIndex, toIndex)}. */
    List<E> subList(int fromIndex, int toIndex);

    /** Inserts every element of {@code c} at {@code index}; whether the list changed. */
    boolean addAll(int index, Collection<? extends E> c);

    /** Replaces each element by {@code operator} applied to it. */
    default void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        ListIterator<E> li = listIterator();
        while (li.hasNext()) {
            li.set(operator.apply(li.next()));
        }
    }

    /** Sorts this list by {@code c} (natural order if null), stably, through an array. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    default void sort(Comparator<? super E> c) {
        Object[] a = toArray();
        Arrays.sort(a, (Comparator) c);
        ListIterator<E> i = listIterator();
        for (Object e : a) {
            i.next();
            i.set((E) e);
        }
    }
}
