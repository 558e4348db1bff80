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

    /** A spliterator over the elements (not splitting; sized by {@link #size}). */
    default Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, 0);
    }

    /** The elements in an array made by {@code generator} from the length 0. */
    default <T> T[] toArray(java.util.function.IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

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

    /** A sequential stream over the elements. */
    default java.util.stream.Stream<E> stream() {
        return java.util.stream.StreamSupport.stream(spliterator(), false);
    }

    /** A parallel stream over the elements (terminal operations may run on the common fork/join pool). */
    default java.util.stream.Stream<E> parallelStream() {
        return java.util.stream.StreamSupport.stream(spliterator(), true);
    }
}
