package java.util;

/**
 * A {@link NavigableSet} backed by a {@link TreeMap} (elements are keys mapped to a marker). The same class
 * also serves as the key-set views of tree maps, where adding is unsupported.
 */
public class TreeSet<E> extends AbstractSet<E> implements NavigableSet<E>, Cloneable, java.io.Serializable {
    private static final Object PRESENT = new Object();

    private transient NavigableMap<E, Object> m;
    /** Whether this is a key-set view of a map (no add). */
    private final boolean keyView;

    @SuppressWarnings("unchecked")
    TreeSet(NavigableMap<E, ?> m, boolean keyView) {
        this.m = (NavigableMap<E, Object>) m;
        this.keyView = keyView;
    }

    /** An empty set in natural order. */
    public TreeSet() {
        this(new TreeMap<E, Object>(), false);
    }

    /** An empty set ordered by {@code comparator}. */
    public TreeSet(Comparator<? super E> comparator) {
        this(new TreeMap<E, Object>(comparator), false);
    }

    /** A set of the elements of {@code c}, in natural order. */
    public TreeSet(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    /** A set of the elements of {@code s}, in its order. */
    public TreeSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<E> iterator() {
        if (m instanceof TreeMap.View) {
            return ((TreeMap.View<E, Object>) m).keyIterator();
        }
        return m.navigableKeySet().iterator();
    }

    @Override
    public Iterator<E> descendingIterator() {
        return descendingSet().iterator();
    }

    @Override
    public NavigableSet<E> descendingSet() {
        return new TreeSet<>(m.descendingMap(), keyView);
    }

    @Override
    public int size() {
        return m.size();
    }

    @Override
    public boolean isEmpty() {
        return m.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    @Override
    public boolean add(E e) {
        if (keyView) {
            throw new UnsupportedOperationException();
        }
        return m.put(e, PRESENT) == null;
    }

    @Override
    public boolean remove(Object o) {
        if (keyView) {
            boolean had = m.containsKey(o);
            m.remove(o);
            return had;
        }
        return m.remove(o) == PRESENT;
    }

    @Override
    public void clear() {
        m.clear();
    }

    @Override
    public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new TreeSet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive), keyView);
    }

    @Override
    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new TreeSet<>(m.headMap(toElement, inclusive), keyView);
    }

    @Override
    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new TreeSet<>(m.tailMap(fromElement, inclusive), keyView);
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    @Override
    public Comparator<? super E> comparator() {
        return m.comparator();
    }

    @Override
    public E first() {
        return m.firstKey();
    }

    @Override
    public E last() {
        return m.lastKey();
    }

    @Override
    public E lower(E e) {
        return m.lowerKey(e);
    }

    @Override
    public E floor(E e) {
        return m.floorKey(e);
    }

    @Override
    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    @Override
    public E higher(E e) {
        return m.higherKey(e);
    }

    @Override
    public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    @Override
    public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return e == null ? null : e.getKey();
    }

    /** A shallow copy. */
    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeSet<E> c;
        try {
            c = (TreeSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        TreeMap<E, Object> copy = new TreeMap<>(m.comparator());
        copy.putAll(m);
        c.m = copy;
        return c;
    }
}
