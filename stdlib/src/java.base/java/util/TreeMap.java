package java.util;

import java.util.function.BiConsumer;

/**
 * A red-black tree {@link NavigableMap}, ordered by the keys' natural order or by a comparator. Every
 * navigable view (sub-, head- and tail-maps, descending maps and key sets) is one {@link View} class: a
 * range of the tree, ascending or descending, which writes through. Iterators are fail-fast; the entries
 * {@code firstEntry} and friends return are snapshots.
 */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
    private final Comparator<? super K> comparator;
    private transient Entry<K, V> root;
    private transient int size;
    transient int modCount;
    private transient View<K, V> all;

    /** An empty map in natural order. */
    public TreeMap() {
        comparator = null;
    }

    /** An empty map ordered by {@code comparator}. */
    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    /** A map of the mappings of {@code m}, in natural order. */
    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    /** A map of the mappings of {@code m}, in its order. */
    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    private View<K, V> all() {
        View<K, V> v = all;
        if (v == null) {
            v = new View<>(this, true, null, true, true, null, true, false);
            all = v;
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    final int compare(Object a, Object b) {
        return comparator == null ? ((Comparable<Object>) a).compareTo(b) : comparator.compare((K) a, (K) b);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Entry<K, V> e = firstNode(); e != null; e = successor(e)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        Entry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
    }

    final Entry<K, V> getEntry(Object key) {
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Entry<K, V> p = root;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    @Override
    public V put(K key, V value) {
        Entry<K, V> t = root;
        if (t == null) {
            compare(key, key);
            root = new Entry<>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Entry<K, V> parent;
        int c;
        do {
            parent = t;
            c = compare(key, t.key);
            if (c < 0) {
                t = t.left;
            } else if (c > 0) {
                t = t.right;
            } else {
                return t.setValue(value);
            }
        } while (t != null);
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (c < 0) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    @Override
    public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        deleteEntry(p);
        return old;
    }

    @Override
    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> c;
        try {
            c = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        c.root = null;
        c.size = 0;
        c.modCount = 0;
        c.all = null;
        for (Entry<K, V> e = firstNode(); e != null; e = successor(e)) {
            c.put(e.key, e.value);
        }
        return c;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        for (Entry<K, V> e = firstNode(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    // ---- navigation, all through the full-range view ----

    @Override
    public Map.Entry<K, V> firstEntry() {
        return all().firstEntry();
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return all().lastEntry();
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        return all().pollFirstEntry();
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        return all().pollLastEntry();
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return all().lowerEntry(key);
    }

    @Override
    public K lowerKey(K key) {
        return all().lowerKey(key);
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return all().floorEntry(key);
    }

    @Override
    public K floorKey(K key) {
        return all().floorKey(key);
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return all().ceilingEntry(key);
    }

    @Override
    public K ceilingKey(K key) {
        return all().ceilingKey(key);
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return all().higherEntry(key);
    }

    @Override
    public K higherKey(K key) {
        return all().higherKey(key);
    }

    @Override
    public K firstKey() {
        return all().firstKey();
    }

    @Override
    public K lastKey() {
        return all().lastKey();
    }

    @Override
    public Set<K> keySet() {
        return all().navigableKeySet();
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return all().navigableKeySet();
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return all().descendingKeySet();
    }

    @Override
    public Collection<V> values() {
        return all().values();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return all().entrySet();
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        return all().descendingMap();
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return all().subMap(fromKey, fromInclusive, toKey, toInclusive);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return all().headMap(toKey, inclusive);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return all().tailMap(fromKey, inclusive);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    // ---- the tree ----

    final Entry<K, V> firstNode() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Entry<K, V> lastNode() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    /**
     * The closest entry to {@code key}: the least above it ({@code above}) or the greatest below it, the key
     * itself counting if {@code inclusive}.
     */
    final Entry<K, V> nearest(Object key, boolean above, boolean inclusive) {
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Entry<K, V> p = root;
        Entry<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c == 0 && inclusive) {
                return p;
            }
            if (above ? c < 0 : c > 0) {
                best = p;
                p = above ? p.left : p.right;
            } else {
                p = above ? p.right : p.left;
            }
        }
        return best;
    }

    static <K, V> Entry<K, V> successor(Entry<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    private static final boolean RED = false;
    private static final boolean BLACK = true;

    private static <K, V> boolean colorOf(Entry<K, V> p) {
        return p == null ? BLACK : p.color;
    }

    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
        return p == null ? null : p.parent;
    }

    private static <K, V> void setColor(Entry<K, V> p, boolean c) {
        if (p != null) {
            p.color = c;
        }
    }

    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
        return p == null ? null : p.left;
    }

    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
        return p == null ? null : p.right;
    }

    private void rotateLeft(Entry<K, V> p) {
        if (p == null) {
            return;
        }
        Entry<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) {
            r.left.parent = p;
        }
        r.parent = p.parent;
        if (p.parent == null) {
            root = r;
        } else if (p.parent.left == p) {
            p.parent.left = r;
        } else {
            p.parent.right = r;
        }
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Entry<K, V> p) {
        if (p == null) {
            return;
        }
        Entry<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) {
            l.right.parent = p;
        }
        l.parent = p.parent;
        if (p.parent == null) {
            root = l;
        } else if (p.parent.right == p) {
            p.parent.right = l;
        } else {
            p.parent.left = l;
        }
        l.right = p;
        p.parent = l;
    }

    private void fixAfterInsertion(Entry<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            Entry<K, V> xp = parentOf(x);
            Entry<K, V> g = parentOf(xp);
            if (xp == leftOf(g)) {
                Entry<K, V> y = rightOf(g);
                if (colorOf(y) == RED) {
                    setColor(xp, BLACK);
                    setColor(y, BLACK);
                    setColor(g, RED);
                    x = g;
                } else {
                    if (x == rightOf(xp)) {
                        x = xp;
                        rotateLeft(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> y = leftOf(g);
                if (colorOf(y) == RED) {
                    setColor(xp, BLACK);
                    setColor(y, BLACK);
                    setColor(g, RED);
                    x = g;
                } else {
                    if (x == leftOf(xp)) {
                        x = xp;
                        rotateRight(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.color = BLACK;
    }

    /** Unlinks {@code p}; with two children, p takes its successor's mapping and the successor goes. */
    final void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = p.left != null ? p.left : p.right;
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) {
                root = replacement;
            } else if (p == p.parent.left) {
                p.parent.left = replacement;
            } else {
                p.parent.right = replacement;
            }
            p.left = null;
            p.right = null;
            p.parent = null;
            if (p.color == BLACK) {
                fixAfterDeletion(replacement);
            }
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.color == BLACK) {
                fixAfterDeletion(p);
            }
            if (p.parent != null) {
                if (p == p.parent.left) {
                    p.parent.left = null;
                } else if (p == p.parent.right) {
                    p.parent.right = null;
                }
                p.parent = null;
            }
        }
    }

    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
    }

    /** A node of the tree, and the mapping it holds. */
    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean color = BLACK;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry && Objects.equals(key, ((Map.Entry<?, ?>) o).getKey())
                && Objects.equals(value, ((Map.Entry<?, ?>) o).getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return new StringBuilder().append(key).append('=').append(value).toString();
        }
    }

    static <K, V> Map.Entry<K, V> snapshot(Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    /**
     * A range of a tree map's keys (each end unbounded, inclusive or exclusive), seen ascending or descending.
     * The map itself is the unbounded ascending view.
     */
    static final class View<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
        final TreeMap<K, V> m;
        final boolean fromStart;
        final K lo;
        final boolean loInclusive;
        final boolean toEnd;
        final K hi;
        final boolean hiInclusive;
        final boolean descending;

        View(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
                boolean hiInclusive, boolean descending) {
            if (!fromStart && !toEnd) {
                if (m.compare(lo, hi) > 0) {
                    throw new IllegalArgumentException("fromKey > toKey");
                }
            } else {
                if (!fromStart) {
                    m.compare(lo, lo);
                }
                if (!toEnd) {
                    m.compare(hi, hi);
                }
            }
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        final boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                return c < 0 || (c == 0 && !loInclusive);
            }
            return false;
        }

        final boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                return c > 0 || (c == 0 && !hiInclusive);
            }
            return false;
        }

        final boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        /** Whether {@code key} lies within the range, its end counting when {@code inclusive} is false. */
        final boolean inClosedRange(Object key, boolean inclusive) {
            if (inclusive) {
                return inRange(key);
            }
            return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
        }

        final TreeMap.Entry<K, V> absLowest() {
            TreeMap.Entry<K, V> e = fromStart ? m.firstNode() : m.nearest(lo, true, loInclusive);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absHighest() {
            TreeMap.Entry<K, V> e = toEnd ? m.lastNode() : m.nearest(hi, false, hiInclusive);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absAbove(Object key, boolean inclusive) {
            if (tooLow(key)) {
                return absLowest();
            }
            TreeMap.Entry<K, V> e = m.nearest(key, true, inclusive);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> absBelow(Object key, boolean inclusive) {
            if (tooHigh(key)) {
                return absHighest();
            }
            TreeMap.Entry<K, V> e = m.nearest(key, false, inclusive);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final TreeMap.Entry<K, V> lowest() {
            return descending ? absHighest() : absLowest();
        }

        final TreeMap.Entry<K, V> highest() {
            return descending ? absLowest() : absHighest();
        }

        /** The next entry after {@code e} in this view's direction, or null. */
        final TreeMap.Entry<K, V> step(TreeMap.Entry<K, V> e) {
            TreeMap.Entry<K, V> n = descending ? predecessor(e) : successor(e);
            return (n == null || !inRange(n.key)) ? null : n;
        }

        final TreeMap.Entry<K, V> above(Object key, boolean inclusive) {
            return descending ? absBelow(key, inclusive) : absAbove(key, inclusive);
        }

        final TreeMap.Entry<K, V> below(Object key, boolean inclusive) {
            return descending ? absAbove(key, inclusive) : absBelow(key, inclusive);
        }

        private static <K> K keyOrNull(TreeMap.Entry<K, ?> e) {
            return e == null ? null : e.key;
        }

        private static <K> K key(TreeMap.Entry<K, ?> e) {
            if (e == null) {
                throw new NoSuchElementException();
            }
            return e.key;
        }

        @Override
        public Comparator<? super K> comparator() {
            Comparator<? super K> c = m.comparator();
            if (!descending) {
                return c;
            }
            return Collections.reverseOrder(c);
        }

        @Override
        public int size() {
            if (fromStart && toEnd) {
                return m.size();
            }
            int n = 0;
            for (TreeMap.Entry<K, V> e = absLowest(); e != null; e = successor(e)) {
                if (tooHigh(e.key)) {
                    break;
                }
                n++;
            }
            return n;
        }

        @Override
        public boolean isEmpty() {
            return (fromStart && toEnd) ? m.size() == 0 : absLowest() == null;
        }

        @Override
        public boolean containsKey(Object key) {
            return inRange(key) && m.containsKey(key);
        }

        @Override
        public V get(Object key) {
            return inRange(key) ? m.get(key) : null;
        }

        @Override
        public V put(K key, V value) {
            if (!inRange(key)) {
                throw new IllegalArgumentException("key out of range");
            }
            return m.put(key, value);
        }

        @Override
        public V remove(Object key) {
            return inRange(key) ? m.remove(key) : null;
        }

        @Override
        public void clear() {
            if (fromStart && toEnd) {
                m.clear();
            } else {
                super.clear();
            }
        }

        @Override
        public Map.Entry<K, V> lowerEntry(K key) {
            return snapshot(below(key, false));
        }

        @Override
        public K lowerKey(K key) {
            return keyOrNull(below(key, false));
        }

        @Override
        public Map.Entry<K, V> floorEntry(K key) {
            return snapshot(below(key, true));
        }

        @Override
        public K floorKey(K key) {
            return keyOrNull(below(key, true));
        }

        @Override
        public Map.Entry<K, V> ceilingEntry(K key) {
            return snapshot(above(key, true));
        }

        @Override
        public K ceilingKey(K key) {
            return keyOrNull(above(key, true));
        }

        @Override
        public Map.Entry<K, V> higherEntry(K key) {
            return snapshot(above(key, false));
        }

        @Override
        public K higherKey(K key) {
            return keyOrNull(above(key, false));
        }

        @Override
        public K firstKey() {
            return key(lowest());
        }

        @Override
        public K lastKey() {
            return key(highest());
        }

        @Override
        public Map.Entry<K, V> firstEntry() {
            return snapshot(lowest());
        }

        @Override
        public Map.Entry<K, V> lastEntry() {
            return snapshot(highest());
        }

        @Override
        public Map.Entry<K, V> pollFirstEntry() {
            TreeMap.Entry<K, V> e = lowest();
            Map.Entry<K, V> r = snapshot(e);
            if (e != null) {
                m.deleteEntry(e);
            }
            return r;
        }

        @Override
        public Map.Entry<K, V> pollLastEntry() {
            TreeMap.Entry<K, V> e = highest();
            Map.Entry<K, V> r = snapshot(e);
            if (e != null) {
                m.deleteEntry(e);
            }
            return r;
        }

        @Override
        public NavigableMap<K, V> descendingMap() {
            return new View<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return new TreeSet<K>(this, true);
        }

        @Override
        public Set<K> keySet() {
            return navigableKeySet();
        }

        @Override
        public NavigableSet<K> descendingKeySet() {
            return descendingMap().navigableKeySet();
        }

        /** A view of the absolute range between two bounds, which must lie within this one. */
        private NavigableMap<K, V> range(boolean newFromStart, K newLo, boolean newLoInc, boolean newToEnd,
                K newHi, boolean newHiInc) {
            if (!newFromStart && !inClosedRange(newLo, newLoInc)) {
                throw new IllegalArgumentException(descending ? "toKey out of range" : "fromKey out of range");
            }
            if (!newToEnd && !inClosedRange(newHi, newHiInc)) {
                throw new IllegalArgumentException(descending ? "fromKey out of range" : "toKey out of range");
            }
            if (newFromStart && !fromStart) {
                return new View<>(m, false, lo, loInclusive, newToEnd, newHi, newHiInc, descending);
            }
            if (newToEnd && !toEnd) {
                return new View<>(m, newFromStart, newLo, newLoInc, false, hi, hiInclusive, descending);
            }
            return new View<>(m, newFromStart, newLo, newLoInc, newToEnd, newHi, newHiInc, descending);
        }

        @Override
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (descending) {
                if (m.compare(fromKey, toKey) < 0) {
                    throw new IllegalArgumentException("fromKey > toKey");
                }
                return range(false, toKey, toInclusive, false, fromKey, fromInclusive);
            }
            return range(false, fromKey, fromInclusive, false, toKey, toInclusive);
        }

        @Override
        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return descending ? range(false, toKey, inclusive, true, null, false)
                : range(true, null, false, false, toKey, inclusive);
        }

        @Override
        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return descending ? range(true, null, false, false, fromKey, inclusive)
                : range(false, fromKey, inclusive, true, null, false);
        }

        @Override
        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        @Override
        public SortedMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        @Override
        public SortedMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Itr<Map.Entry<K, V>>(View.this, 2);
                }

                @Override
                public int size() {
                    return View.this.size();
                }

                @Override
                public boolean isEmpty() {
                    return View.this.isEmpty();
                }

                @Override
                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Object k = e.getKey();
                    if (!inRange(k)) {
                        return false;
                    }
                    TreeMap.Entry<K, V> node = m.getEntry(k);
                    return node != null && Objects.equals(node.value, e.getValue());
                }

                @Override
                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Object k = e.getKey();
                    if (!inRange(k)) {
                        return false;
                    }
                    TreeMap.Entry<K, V> node = m.getEntry(k);
                    if (node != null && Objects.equals(node.value, e.getValue())) {
                        m.deleteEntry(node);
                        return true;
                    }
                    return false;
                }

                @Override
                public void clear() {
                    View.this.clear();
                }
            };
        }

        @Override
        public Collection<V> values() {
            return new AbstractCollection<V>() {
                @Override
                public Iterator<V> iterator() {
                    return new Itr<V>(View.this, 1);
                }

                @Override
                public int size() {
                    return View.this.size();
                }

                @Override
                public void clear() {
                    View.this.clear();
                }
            };
        }

        Iterator<K> keyIterator() {
            return new Itr<K>(this, 0);
        }
    }

    /** A fail-fast iterator over a view, giving keys (0), values (1) or entries (2). */
    static final class Itr<T> implements Iterator<T> {
        private final View<?, ?> view;
        private final int kind;
        @SuppressWarnings("rawtypes")
        private Entry next;
        @SuppressWarnings("rawtypes")
        private Entry lastReturned;
        private int expectedModCount;

        Itr(View<?, ?> view, int kind) {
            this.view = view;
            this.kind = kind;
            this.next = view.lowest();
            this.expectedModCount = view.m.modCount;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public T next() {
            Entry e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (view.m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = ((View) view).step(e);
            lastReturned = e;
            return (T) (kind == 0 ? e.key : kind == 1 ? e.value : e);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (view.m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!view.descending && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            ((TreeMap) view.m).deleteEntry(lastReturned);
            expectedModCount = view.m.modCount;
            lastReturned = null;
        }
    }
}
