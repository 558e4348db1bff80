package java.util;

/** A {@link HashSet} iterating in insertion order (backed by a {@link LinkedHashMap}). */
public class LinkedHashSet<E> extends HashSet<E> implements Set<E>, Cloneable, java.io.Serializable {
    /** An empty set with the given map parameters. */
    public LinkedHashSet(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor, true);
    }

    /** An empty set with the given initial capacity. */
    public LinkedHashSet(int initialCapacity) {
        super(initialCapacity, .75f, true);
    }

    /** An empty set. */
    public LinkedHashSet() {
        super(16, .75f, true);
    }

    /** A set of the elements of {@code c} in its iteration order. */
    public LinkedHashSet(Collection<? extends E> c) {
        super(Math.max(2 * c.size(), 11), .75f, true);
        addAll(c);
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, Spliterator.DISTINCT | Spliterator.ORDERED);
    }
}
