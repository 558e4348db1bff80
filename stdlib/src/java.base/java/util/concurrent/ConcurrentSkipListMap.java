package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sorted concurrent map: a skip list (a sorted linked list of nodes, each also linked at a random number of
 * higher levels, every level skipping about half of the one below, so searches take logarithmic time)
 * guarded by one lock, like Cortado's {@link ConcurrentHashMap}. Every operation, compound ones and the
 * {@code compute} family included, is atomic; no key or value may be null.
 *
 * <p>Iterators are weakly consistent: they never throw {@code ConcurrentModificationException}, see each key
 * at most once, and see every key present for the whole iteration. An iterator holds the node it returned
 * last; stepping on takes the lock and follows that node's link, or, if the node has been removed meanwhile,
 * searches for the next key above it. Entries handed out (by navigation methods and iterators) are snapshots
 * that do not support {@code setValue}.
 *
 * <p>Every navigable view (sub-, head-, tail- and descending maps, the map's own navigation) is one
 * {@link SubMap}: a key range (each end open, inclusive or exclusive) seen ascending or descending, which
 * writes through.
 */
public class ConcurrentSkipListMap<K, V> extends AbstractMap<K, V>
        implements ConcurrentNavigableMap<K, V>, Cloneable, java.io.Serializable {
    private static final int MAX_LEVEL = 32;

    /** One key's node: its links at each of its levels. A removed node keeps its links as they were. */
    static final class Node<K, V> {
        final K key;
        volatile V value;
        final Node<K, V>[] next;
        volatile boolean removed;

        @SuppressWarnings("unchecked")
        Node(K key, V value, int levels) {
            this.key = key;
            this.value = value;
            this.next = (Node<K, V>[]) new Node[levels];
        }
    }

    private final Comparator<? super K> comparator;
    /** Guards every node's links, {@code level}, {@code size} and {@code seed}. */
    final Object lock = new Object();
    private transient Node<K, V> head = new Node<>(null, null, MAX_LEVEL);
    /** The levels in use (at least 1). */
    private transient int level = 1;
    private transient int size;
    /** The state of the level generator (xorshift). */
    private transient int seed = 0x2545F491;
    private transient SubMap<K, V> all;

    /** An empty map in the keys' natural order. */
    public ConcurrentSkipListMap() {
        comparator = null;
    }

    /** An empty map ordered by {@code comparator}. */
    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    /** A map of the mappings of {@code m}, in natural order. */
    public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    /** A map of the mappings of {@code m}, in its order. */
    public ConcurrentSkipListMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    SubMap<K, V> all() {
        SubMap<K, V> a = all;
        if (a == null) {
            a = new SubMap<>(this, null, false, null, false, false);
            all = a;
        }
        return a;
    }

    // ---------------------------------------------------------------- the skip list (callers hold the lock)

    @SuppressWarnings("unchecked")
    final int compare(Object a, Object b) {
        if (a == null || b == null) {
            throw new NullPointerException();
        }
        return comparator != null ? comparator.compare((K) a, (K) b) : ((Comparable<Object>) a).compareTo(b);
    }

    /**
     * The last node whose key is below {@code key} (or equal to it, if {@code orEqual}), the head if none;
     * {@code update}, if given, receives that node at every level.
     */
    private Node<K, V> predecessor(Object key, boolean orEqual, Node<K, V>[] update) {
        Node<K, V> p = head;
        for (int i = level - 1; i >= 0; i--) {
            for (Node<K, V> n = p.next[i]; n != null; n = p.next[i]) {
                int c = compare(n.key, key);
                if (c > 0 || (c == 0 && !orEqual)) {
                    break;
                }
                p = n;
            }
            if (update != null) {
                update[i] = p;
            }
        }
        return p;
    }

    private Node<K, V> nodeFor(Object key) {
        Node<K, V> n = predecessor(key, false, null).next[0];
        return n != null && compare(n.key, key) == 0 ? n : null;
    }

    /** The node nearest {@code key}: the least above it (or the greatest below it), {@code key} itself counting if {@code inclusive}. */
    final Node<K, V> nearest(Object key, boolean above, boolean inclusive) {
        synchronized (lock) {
            Node<K, V> p = predecessor(key, above != inclusive, null);
            return above ? p.next[0] : (p == head ? null : p);
        }
    }

    final Node<K, V> firstNode() {
        synchronized (lock) {
            return head.next[0];
        }
    }

    final Node<K, V> lastNode() {
        synchronized (lock) {
            Node<K, V> p = head;
            for (int i = level - 1; i >= 0; i--) {
                while (p.next[i] != null) {
                    p = p.next[i];
                }
            }
            return p == head ? null : p;
        }
    }

    /** The node after {@code n}, which may have been removed since it was found. */
    final Node<K, V> successor(Node<K, V> n) {
        synchronized (lock) {
            return n.removed ? nearest(n.key, true, false) : n.next[0];
        }
    }

    private int randomLevel() {
        int x = seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        seed = x;
        int levels = 1;
        while ((x & 1) != 0 && levels < MAX_LEVEL) {
            levels++;
            x >>>= 1;
        }
        return levels;
    }

    /** Maps {@code key} to {@code value} (unless {@code onlyIfAbsent} and it is mapped); the old value or null. */
    final V doPut(K key, V value, boolean onlyIfAbsent) {
        Objects.requireNonNull(value);
        // A key must compare even when the map is empty (a key that is not Comparable fails at once).
        compare(key, key);
        synchronized (lock) {
            @SuppressWarnings("unchecked")
            Node<K, V>[] update = (Node<K, V>[]) new Node[MAX_LEVEL];
            Node<K, V> p = predecessor(key, false, update);
            Node<K, V> n = p.next[0];
            if (n != null && compare(n.key, key) == 0) {
                V old = n.value;
                if (!onlyIfAbsent) {
                    n.value = value;
                }
                return old;
            }
            int levels = randomLevel();
            for (int i = level; i < levels; i++) {
                update[i] = head;
            }
            level = Math.max(level, levels);
            Node<K, V> fresh = new Node<>(key, value, levels);
            for (int i = 0; i < levels; i++) {
                fresh.next[i] = update[i].next[i];
                update[i].next[i] = fresh;
            }
            size++;
            return null;
        }
    }

    /** Removes {@code key} if mapped (to a value equal to {@code expected}, unless that is null); the value removed or null. */
    final V doRemove(Object key, Object expected) {
        synchronized (lock) {
            @SuppressWarnings("unchecked")
            Node<K, V>[] update = (Node<K, V>[]) new Node[MAX_LEVEL];
            Node<K, V> n = predecessor(key, false, update).next[0];
            if (n == null || compare(n.key, key) != 0 || (expected != null && !expected.equals(n.value))) {
                return null;
            }
            for (int i = 0; i < n.next.length; i++) {
                update[i].next[i] = n.next[i];
            }
            n.removed = true;
            while (level > 1 && head.next[level - 1] == null) {
                level--;
            }
            size--;
            return n.value;
        }
    }

    // ---------------------------------------------------------------- Map

    @Override
    public V get(Object key) {
        synchronized (lock) {
            Node<K, V> n = nodeFor(key);
            return n == null ? null : n.value;
        }
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v != null ? v : defaultValue;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        Objects.requireNonNull(value);
        synchronized (lock) {
            for (Node<K, V> n = head.next[0]; n != null; n = n.next[0]) {
                if (value.equals(n.value)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public V put(K key, V value) {
        return doPut(key, value, false);
    }

    @Override
    public V remove(Object key) {
        return doRemove(key, null);
    }

    @Override
    public int size() {
        synchronized (lock) {
            return size;
        }
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public void clear() {
        synchronized (lock) {
            for (Node<K, V> n = head.next[0]; n != null; n = n.next[0]) {
                n.removed = true;
            }
            head = new Node<>(null, null, MAX_LEVEL);
            level = 1;
            size = 0;
        }
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return doPut(key, value, true);
    }

    @Override
    public boolean remove(Object key, Object value) {
        Objects.requireNonNull(key);
        return value != null && doRemove(key, value) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Objects.requireNonNull(oldValue);
        Objects.requireNonNull(newValue);
        synchronized (lock) {
            Node<K, V> n = nodeFor(key);
            if (n == null || !oldValue.equals(n.value)) {
                return false;
            }
            n.value = newValue;
            return true;
        }
    }

    @Override
    public V replace(K key, V value) {
        Objects.requireNonNull(value);
        synchronized (lock) {
            Node<K, V> n = nodeFor(key);
            if (n == null) {
                return null;
            }
            V old = n.value;
            n.value = value;
            return old;
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        synchronized (lock) {
            V v = get(key);
            if (v == null) {
                v = mappingFunction.apply(key);
                if (v != null) {
                    doPut(key, v, false);
                }
            }
            return v;
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V v = get(key);
            return v == null ? null : store(key, remappingFunction.apply(key, v));
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            return store(key, remappingFunction.apply(key, get(key)));
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(value);
        Objects.requireNonNull(remappingFunction);
        synchronized (lock) {
            V old = get(key);
            return store(key, old == null ? value : remappingFunction.apply(old, value));
        }
    }

    /** Maps {@code key} to {@code value}, or removes it if {@code value} is null; returns {@code value}. */
    private V store(K key, V value) {
        if (value == null) {
            doRemove(key, null);
        } else {
            doPut(key, value, false);
        }
        return value;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Node<K, V> n = firstNode(); n != null; n = successor(n)) {
            V v = n.value;
            if (!n.removed) {
                action.accept(n.key, v);
            }
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        for (Node<K, V> n = firstNode(); n != null; n = successor(n)) {
            V v;
            while ((v = n.value) != null && !n.removed) {
                V fresh = Objects.requireNonNull(function.apply(n.key, v));
                synchronized (lock) {
                    if (!n.removed && n.value == v) {
                        n.value = fresh;
                        break;
                    }
                }
            }
        }
    }

    /** A copy of this map (same comparator and mappings; the keys and values themselves are shared). */
    @Override
    @SuppressWarnings("unchecked")
    public ConcurrentSkipListMap<K, V> clone() {
        ConcurrentSkipListMap<K, V> copy = new ConcurrentSkipListMap<>(comparator);
        copy.putAll(this);
        return copy;
    }

    // ---------------------------------------------------------------- NavigableMap (through the full view)

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
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
    public ConcurrentNavigableMap<K, V> descendingMap() {
        return all().descendingMap();
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return all().navigableKeySet();
    }

    @Override
    public NavigableSet<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return all().descendingKeySet();
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return all().subMap(fromKey, fromInclusive, toKey, toInclusive);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return all().headMap(toKey, inclusive);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return all().tailMap(fromKey, inclusive);
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return all().entrySet();
    }

    @Override
    public Collection<V> values() {
        return all().values();
    }

    static <K, V> Map.Entry<K, V> snapshot(Node<K, V> n) {
        if (n == null) {
            return null;
        }
        V v = n.value;
        return new AbstractMap.SimpleImmutableEntry<>(n.key, v);
    }

    /**
     * A key range of the map (a null bound is an open end: keys are never null), ascending or descending. All
     * reads and writes go to the map; each navigation is atomic.
     */
    static final class SubMap<K, V> extends AbstractMap<K, V> implements ConcurrentNavigableMap<K, V>, java.io.Serializable {
        final ConcurrentSkipListMap<K, V> m;
        private final K lo;
        private final boolean loInclusive;
        private final K hi;
        private final boolean hiInclusive;
        final boolean descending;

        SubMap(ConcurrentSkipListMap<K, V> m, K lo, boolean loInclusive, K hi, boolean hiInclusive, boolean descending) {
            if (lo != null && hi != null && m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("inconsistent range");
            }
            this.m = m;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        private boolean tooLow(Object key) {
            if (lo == null) {
                return false;
            }
            int c = m.compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }

        private boolean tooHigh(Object key) {
            if (hi == null) {
                return false;
            }
            int c = m.compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }

        boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        private K checked(K key) {
            if (!inRange(Objects.requireNonNull(key))) {
                throw new IllegalArgumentException("key out of range");
            }
            return key;
        }

        private Node<K, V> absLowest() {
            Node<K, V> n = lo == null ? m.firstNode() : m.nearest(lo, true, loInclusive);
            return n == null || tooHigh(n.key) ? null : n;
        }

        private Node<K, V> absHighest() {
            Node<K, V> n = hi == null ? m.lastNode() : m.nearest(hi, false, hiInclusive);
            return n == null || tooLow(n.key) ? null : n;
        }

        private Node<K, V> absNear(Object key, boolean above, boolean inclusive) {
            Objects.requireNonNull(key);
            if (above && tooLow(key)) {
                return absLowest();
            }
            if (!above && tooHigh(key)) {
                return absHighest();
            }
            Node<K, V> n = m.nearest(key, above, inclusive);
            return n == null || !inRange(n.key) ? null : n;
        }

        /** The node nearest {@code key} in this view's order: after it if {@code after}. */
        private Node<K, V> near(Object key, boolean after, boolean inclusive) {
            return absNear(key, after != descending, inclusive);
        }

        Node<K, V> lowest() {
            return descending ? absHighest() : absLowest();
        }

        private Node<K, V> highest() {
            return descending ? absLowest() : absHighest();
        }

        /** The node after {@code n} in this view's order, or null. */
        Node<K, V> step(Node<K, V> n) {
            Node<K, V> s = descending ? m.nearest(n.key, false, false) : m.successor(n);
            return s == null || !inRange(s.key) ? null : s;
        }

        private static <K> K keyOf(Node<K, ?> n) {
            return n == null ? null : n.key;
        }

        private static <K> K keyOrThrow(Node<K, ?> n) {
            if (n == null) {
                throw new NoSuchElementException();
            }
            return n.key;
        }

        @Override
        public Comparator<? super K> comparator() {
            Comparator<? super K> c = m.comparator();
            return descending ? Collections.reverseOrder(c) : c;
        }

        @Override
        public int size() {
            if (lo == null && hi == null) {
                return m.size();
            }
            int n = 0;
            for (Node<K, V> e = lowest(); e != null; e = step(e)) {
                n++;
            }
            return n;
        }

        @Override
        public boolean isEmpty() {
            return lowest() == null;
        }

        @Override
        public boolean containsKey(Object key) {
            return inRange(Objects.requireNonNull(key)) && m.containsKey(key);
        }

        @Override
        public V get(Object key) {
            return inRange(Objects.requireNonNull(key)) ? m.get(key) : null;
        }

        @Override
        public V put(K key, V value) {
            return m.put(checked(key), value);
        }

        @Override
        public V remove(Object key) {
            return inRange(Objects.requireNonNull(key)) ? m.remove(key) : null;
        }

        @Override
        public void clear() {
            for (Node<K, V> n = lowest(); n != null; n = step(n)) {
                m.remove(n.key);
            }
        }

        @Override
        public V putIfAbsent(K key, V value) {
            return m.putIfAbsent(checked(key), value);
        }

        @Override
        public boolean remove(Object key, Object value) {
            return inRange(Objects.requireNonNull(key)) && m.remove(key, value);
        }

        @Override
        public boolean replace(K key, V oldValue, V newValue) {
            return m.replace(checked(key), oldValue, newValue);
        }

        @Override
        public V replace(K key, V value) {
            return m.replace(checked(key), value);
        }

        @Override
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
            return m.computeIfAbsent(checked(key), mappingFunction);
        }

        @Override
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return m.computeIfPresent(checked(key), remappingFunction);
        }

        @Override
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
            return m.compute(checked(key), remappingFunction);
        }

        @Override
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
            return m.merge(checked(key), value, remappingFunction);
        }

        @Override
        public Map.Entry<K, V> lowerEntry(K key) {
            return snapshot(near(key, false, false));
        }

        @Override
        public K lowerKey(K key) {
            return keyOf(near(key, false, false));
        }

        @Override
        public Map.Entry<K, V> floorEntry(K key) {
            return snapshot(near(key, false, true));
        }

        @Override
        public K floorKey(K key) {
            return keyOf(near(key, false, true));
        }

        @Override
        public Map.Entry<K, V> ceilingEntry(K key) {
            return snapshot(near(key, true, true));
        }

        @Override
        public K ceilingKey(K key) {
            return keyOf(near(key, true, true));
        }

        @Override
        public Map.Entry<K, V> higherEntry(K key) {
            return snapshot(near(key, true, false));
        }

        @Override
        public K higherKey(K key) {
            return keyOf(near(key, true, false));
        }

        @Override
        public K firstKey() {
            return keyOrThrow(lowest());
        }

        @Override
        public K lastKey() {
            return keyOrThrow(highest());
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
            return poll(true);
        }

        @Override
        public Map.Entry<K, V> pollLastEntry() {
            return poll(false);
        }

        private Map.Entry<K, V> poll(boolean first) {
            synchronized (m.lock) {
                Node<K, V> n = first ? lowest() : highest();
                if (n == null) {
                    return null;
                }
                V v = m.doRemove(n.key, null);
                return new AbstractMap.SimpleImmutableEntry<>(n.key, v);
            }
        }

        @Override
        public ConcurrentNavigableMap<K, V> descendingMap() {
            return new SubMap<>(m, lo, loInclusive, hi, hiInclusive, !descending);
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return new KeySet<>(this);
        }

        @Override
        public NavigableSet<K> keySet() {
            return navigableKeySet();
        }

        @Override
        public NavigableSet<K> descendingKeySet() {
            return new KeySet<>((SubMap<K, V>) descendingMap());
        }

        /**
         * The view of keys from {@code from} to {@code to} in this view's order (a null bound: this view's
         * own); a bound outside this view is an {@code IllegalArgumentException}.
         */
        private ConcurrentNavigableMap<K, V> range(K from, boolean fromInclusive, K to, boolean toInclusive) {
            if (descending) {
                K t = from;
                from = to;
                to = t;
                boolean ti = fromInclusive;
                fromInclusive = toInclusive;
                toInclusive = ti;
            }
            if (from != null && to != null && m.compare(from, to) > 0) {
                throw new IllegalArgumentException("inconsistent range");
            }
            if (from != null && !withinClosed(from, fromInclusive)) {
                throw new IllegalArgumentException("key out of range");
            }
            if (to != null && !withinClosed(to, toInclusive)) {
                throw new IllegalArgumentException("key out of range");
            }
            K newLo = from != null ? from : lo;
            boolean newLoInclusive = from != null ? fromInclusive : loInclusive;
            K newHi = to != null ? to : hi;
            boolean newHiInclusive = to != null ? toInclusive : hiInclusive;
            return new SubMap<>(m, newLo, newLoInclusive, newHi, newHiInclusive, descending);
        }

        /** Whether a bound {@code key} lies within this view (its own ends counting when the new bound excludes them). */
        private boolean withinClosed(K key, boolean inclusive) {
            if (inclusive) {
                return inRange(key);
            }
            return (lo == null || m.compare(key, lo) >= 0) && (hi == null || m.compare(key, hi) <= 0);
        }

        @Override
        public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            return range(Objects.requireNonNull(fromKey), fromInclusive, Objects.requireNonNull(toKey), toInclusive);
        }

        @Override
        public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            return range(null, false, Objects.requireNonNull(toKey), inclusive);
        }

        @Override
        public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            return range(Objects.requireNonNull(fromKey), inclusive, null, false);
        }

        @Override
        public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        @Override
        public ConcurrentNavigableMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        @Override
        public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Itr<>(SubMap.this, 2);
                }

                @Override
                public int size() {
                    return SubMap.this.size();
                }

                @Override
                public boolean isEmpty() {
                    return SubMap.this.isEmpty();
                }

                @Override
                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry<?, ?> e) || e.getKey() == null) {
                        return false;
                    }
                    V v = SubMap.this.get(e.getKey());
                    return v != null && v.equals(e.getValue());
                }

                @Override
                public boolean remove(Object o) {
                    return o instanceof Map.Entry<?, ?> e && e.getKey() != null
                            && SubMap.this.remove(e.getKey(), e.getValue());
                }

                @Override
                public void clear() {
                    SubMap.this.clear();
                }
            };
        }

        @Override
        public Collection<V> values() {
            return new AbstractCollection<V>() {
                @Override
                public Iterator<V> iterator() {
                    return new Itr<>(SubMap.this, 1);
                }

                @Override
                public int size() {
                    return SubMap.this.size();
                }

                @Override
                public boolean isEmpty() {
                    return SubMap.this.isEmpty();
                }

                @Override
                public boolean contains(Object o) {
                    return o != null && m.containsValue(o);
                }

                @Override
                public void clear() {
                    SubMap.this.clear();
                }
            };
        }
    }

    /** A weakly consistent iterator over a view, giving keys (0), values (1) or entry snapshots (2). */
    static final class Itr<K, V, T> implements Iterator<T> {
        private final SubMap<K, V> view;
        private final int kind;
        private Node<K, V> next;
        private V nextValue;
        private K lastKey;

        Itr(SubMap<K, V> view, int kind) {
            this.view = view;
            this.kind = kind;
            advance(view.lowest());
        }

        /** Moves to {@code n} or, if it was removed meanwhile, the next live node, reading its value now. */
        private void advance(Node<K, V> n) {
            while (n != null) {
                V v = n.value;
                if (!n.removed) {
                    next = n;
                    nextValue = v;
                    return;
                }
                n = view.step(n);
            }
            next = null;
            nextValue = null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            Node<K, V> n = next;
            if (n == null) {
                throw new NoSuchElementException();
            }
            V v = nextValue;
            lastKey = n.key;
            advance(view.step(n));
            return (T) (kind == 0 ? n.key : kind == 1 ? v : new AbstractMap.SimpleImmutableEntry<>(n.key, v));
        }

        @Override
        public void remove() {
            if (lastKey == null) {
                throw new IllegalStateException();
            }
            view.m.remove(lastKey);
            lastKey = null;
        }
    }

    /**
     * The keys of a view as a navigable set, which removes through to the map; adding is left to
     * {@link ConcurrentSkipListSet}, which extends this class.
     */
    static class KeySet<E> extends AbstractSet<E> implements NavigableSet<E> {
        final SubMap<E, Object> m;

        @SuppressWarnings("unchecked")
        KeySet(SubMap<E, ?> m) {
            this.m = (SubMap<E, Object>) m;
        }

        /** The set over {@code view} that this set's views are (a {@code ConcurrentSkipListSet} for a set). */
        KeySet<E> newSet(SubMap<E, Object> view) {
            return new KeySet<>(view);
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
        public boolean remove(Object o) {
            return m.remove(o) != null;
        }

        @Override
        public void clear() {
            m.clear();
        }

        @Override
        public Iterator<E> iterator() {
            return new Itr<>(m, 0);
        }

        @Override
        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override
        public Comparator<? super E> comparator() {
            return m.comparator();
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
        public E first() {
            return m.firstKey();
        }

        @Override
        public E last() {
            return m.lastKey();
        }

        @Override
        public E pollFirst() {
            Map.Entry<E, Object> e = m.pollFirstEntry();
            return e == null ? null : e.getKey();
        }

        @Override
        public E pollLast() {
            Map.Entry<E, Object> e = m.pollLastEntry();
            return e == null ? null : e.getKey();
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return newSet((SubMap<E, Object>) m.descendingMap());
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
            return newSet((SubMap<E, Object>) m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override
        public NavigableSet<E> headSet(E toElement, boolean inclusive) {
            return newSet((SubMap<E, Object>) m.headMap(toElement, inclusive));
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
            return newSet((SubMap<E, Object>) m.tailMap(fromElement, inclusive));
        }

        @Override
        public NavigableSet<E> subSet(E fromElement, E toElement) {
            return subSet(fromElement, true, toElement, false);
        }

        @Override
        public NavigableSet<E> headSet(E toElement) {
            return headSet(toElement, false);
        }

        @Override
        public NavigableSet<E> tailSet(E fromElement) {
            return tailSet(fromElement, true);
        }
    }
}
