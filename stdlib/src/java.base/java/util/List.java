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

    /** A spliterator over the elements in order. */
    @Override
    default Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, Spliterator.ORDERED);
    }

    /** The empty unmodifiable list. */
    static <E> List<E> of() {
        return ImmutableCollections.listOf();
    }

    /** An unmodifiable list of one element. */
    static <E> List<E> of(E e1) {
        return ImmutableCollections.listOf(e1);
    }

    /** An unmodifiable list of two elements. */
    static <E> List<E> of(E e1, E e2) {
        return ImmutableCollections.listOf(e1, e2);
    }

    /** An unmodifiable list of three elements. */
    static <E> List<E> of(E e1, E e2, E e3) {
        return ImmutableCollections.listOf(e1, e2, e3);
    }

    /** An unmodifiable list of four elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4) {
        return ImmutableCollections.listOf(e1, e2, e3, e4);
    }

    /** An unmodifiable list of five elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5) {
        return ImmutableCollections.listOf(e1, e2, e3, e4, e5);
    }

    /** An unmodifiable list of six elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return ImmutableCollections.listOf(e1, e2, e3, e4, e5, e6);
    }

    /** An unmodifiable list of seven elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return ImmutableCollections.listOf(e1, e2, e3, e4, e5, e6, e7);
    }

    /** An unmodifiable list of eight elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return ImmutableCollections.listOf(e1, e2, e3, e4, e5, e6, e7, e8);
    }

    /** An unmodifiable list of nine elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return ImmutableCollections.listOf(e1, e2, e3, e4, e5, e6, e7, e8, e9);
    }

    /** An unmodifiable list of ten elements. */
    static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return ImmutableCollections.listOf(e1, e2, e3, e4, e5, e6, e7, e8, e9, e10);
    }

    /** An unmodifiable list of the given elements. */
    @SafeVarargs
    static <E> List<E> of(E... elements) {
        return ImmutableCollections.listOf((Object[]) elements);
    }

    /** An unmodifiable copy of {@code coll}. */
    @SuppressWarnings("unchecked")
    static <E> List<E> copyOf(Collection<? extends E> coll) {
        if (coll instanceof ImmutableCollections.ListN) {
            return (List<E>) coll;
        }
        return ImmutableCollections.listOf(coll.toArray());
    }
}
