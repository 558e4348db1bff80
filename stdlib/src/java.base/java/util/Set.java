package java.util;

/**
 * A collection without duplicate elements. {@code of}/{@code copyOf} give unmodifiable sets (their iteration
 * order is unspecified, as on HotSpot where it varies from run to run).
 */
public interface Set<E> extends Collection<E> {
    @Override
    int size();

    @Override
    boolean isEmpty();

    @Override
    boolean contains(Object o);

    @Override
    Iterator<E> iterator();

    @Override
    Object[] toArray();

    @Override
    <T> T[] toArray(T[] a);

    @Override
    boolean add(E e);

    @Override
    boolean remove(Object o);

    @Override
    boolean containsAll(Collection<?> c);

    @Override
    boolean addAll(Collection<? extends E> c);

    @Override
    boolean retainAll(Collection<?> c);

    @Override
    boolean removeAll(Collection<?> c);

    @Override
    void clear();

    @Override
    boolean equals(Object o);

    @Override
    int hashCode();

    @Override
    default Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, Spliterator.DISTINCT);
    }

    /** The empty unmodifiable set. */
    static <E> Set<E> of() {
        return ImmutableCollections.setOf();
    }

    /** An unmodifiable set of one element. */
    static <E> Set<E> of(E e1) {
        return ImmutableCollections.setOf(e1);
    }

    /** An unmodifiable set of two elements. */
    static <E> Set<E> of(E e1, E e2) {
        return ImmutableCollections.setOf(e1, e2);
    }

    /** An unmodifiable set of three elements. */
    static <E> Set<E> of(E e1, E e2, E e3) {
        return ImmutableCollections.setOf(e1, e2, e3);
    }

    /** An unmodifiable set of four elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4) {
        return ImmutableCollections.setOf(e1, e2, e3, e4);
    }

    /** An unmodifiable set of five elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5) {
        return ImmutableCollections.setOf(e1, e2, e3, e4, e5);
    }

    /** An unmodifiable set of six elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return ImmutableCollections.setOf(e1, e2, e3, e4, e5, e6);
    }

    /** An unmodifiable set of seven elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return ImmutableCollections.setOf(e1, e2, e3, e4, e5, e6, e7);
    }

    /** An unmodifiable set of eight elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return ImmutableCollections.setOf(e1, e2, e3, e4, e5, e6, e7, e8);
    }

    /** An unmodifiable set of nine elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return ImmutableCollections.setOf(e1, e2, e3, e4, e5, e6, e7, e8, e9);
    }

    /** An unmodifiable set of ten elements. */
    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return ImmutableCollections.setOf(e1, e2, e3, e4, e5, e6, e7, e8, e9, e10);
    }

    /** An unmodifiable set of the given elements; duplicates are an error. */
    @SafeVarargs
    static <E> Set<E> of(E... elements) {
        return ImmutableCollections.setOf((Object[]) elements);
    }

    /** An unmodifiable copy of {@code coll}; duplicates are dropped. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> copyOf(Collection<? extends E> coll) {
        if (coll instanceof ImmutableCollections.SetN) {
            return (Set<E>) coll;
        }
        return ImmutableCollections.setOf(new HashSet<E>(coll).toArray());
    }
}
