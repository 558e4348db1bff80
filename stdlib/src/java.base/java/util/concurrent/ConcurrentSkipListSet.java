package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.SortedSet;

/**
 * A sorted concurrent set: the keys of a {@link ConcurrentSkipListMap} (each mapped to {@code Boolean.TRUE}).
 * Its navigable views are sets of this class over views of the map, so they add, remove and iterate (weakly
 * consistently) through to it. No element may be null.
 */
public class ConcurrentSkipListSet<E> extends ConcurrentSkipListMap.KeySet<E> implements Cloneable, java.io.Serializable {
    /** An empty set in the elements' natural order. */
    public ConcurrentSkipListSet() {
        super(new ConcurrentSkipListMap<E, Object>().all());
    }

    /** An empty set ordered by {@code comparator}. */
    public ConcurrentSkipListSet(Comparator<? super E> comparator) {
        super(new ConcurrentSkipListMap<E, Object>(comparator).all());
    }

    /** A set of the elements of {@code c}, in natural order. */
    public ConcurrentSkipListSet(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    /** A set of the elements of {@code s}, in its order. */
    public ConcurrentSkipListSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    private ConcurrentSkipListSet(ConcurrentSkipListMap.SubMap<E, Object> view) {
        super(view);
    }

    @Override
    ConcurrentSkipListMap.KeySet<E> newSet(ConcurrentSkipListMap.SubMap<E, Object> view) {
        return new ConcurrentSkipListSet<>(view);
    }

    /** Adds {@code e} if absent; whether it was. */
    @Override
    public boolean add(E e) {
        return m.putIfAbsent(Objects.requireNonNull(e), Boolean.TRUE) == null;
    }

    /** A copy of this set's elements in a new set of the same order. */
    @Override
    public ConcurrentSkipListSet<E> clone() {
        ConcurrentSkipListSet<E> copy = new ConcurrentSkipListSet<>(comparator());
        copy.addAll(this);
        return copy;
    }
}
