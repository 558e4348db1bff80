package java.util.concurrent;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/**
 * A hash map that allows neither null keys nor null values, whose every operation is atomic. Cortado's version
 * synchronizes on the map (instead of HotSpot's per-bin locking), but lays its table out as the Java SE
 * implementation's documented behaviour implies so that iteration order matches HotSpot's in the common cases:
 * hashes are spread as {@code (h ^ (h >>> 16)) & 0x7fffffff}, the table is a power of two (16 by default, or
 * sized for {@code initialCapacity / 0.75}), new keys go to the end of their bin, and the table doubles as soon
 * as the count reaches three quarters of it (one insertion earlier than {@code HashMap}, so a 12-entry map
 * already has 32 bins). When doubling, each bin is split into its low and high halves the way HotSpot's
 * transfer does: the longest tail run that goes to one half is kept in order and the nodes before it are
 * prepended, so bins with collisions may iterate in a different order from {@code HashMap}'s. Bins that HotSpot
 * would turn into trees (8 or more colliding keys in a table of at least 64) stay lists here, so their order can
 * differ from HotSpot's. {@code putAll} (and the copy constructor) first grows the table until three quarters of it
 * hold one and a half times the incoming size, as HotSpot does.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final int MAXIMUM_CAPACITY = 1 << 30;

    private static final class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;
        final ConcurrentHashMap<K, V> map;

        Node(int hash, K key, V val, Node<K, V> next, ConcurrentHashMap<K, V> map) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
            this.map = map;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return val;
        }

        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V old = val;
            val = value;
            map.put(key, value);
            return old;
        }

        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return key.equals(e.getKey()) && val.equals(e.getValue());
        }

        public String toString() {
            return key + "=" + val;
        }
    }

    private transient volatile Node<K, V>[] table;
    private transient int count;
    /** The capacity of the first table, then the resize threshold. */
    private transient int sizeCtl;

    /** An empty map with the default table of 16 bins. */
    public ConcurrentHashMap() {
        sizeCtl = 16;
    }

    /** An empty map sized for {@code initialCapacity} entries. */
    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f, 1);
    }

    /** An empty map sized for {@code initialCapacity} entries at {@code loadFactor}. */
    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    /** An empty map sized for {@code initialCapacity} entries at {@code loadFactor} (the concurrency level only raises the capacity). */
    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        sizeCtl = size >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    /** A map with the mappings of {@code m}. */
    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        sizeCtl = 16;
        putAll(m);
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) & 0x7fffffff;
    }

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        Node<K, V>[] t = table;
        if (t == null) {
            int n = sizeCtl > 0 ? sizeCtl : 16;
            t = (Node<K, V>[]) new Node<?, ?>[n];
            table = t;
            sizeCtl = n - (n >>> 2);
        }
        return t;
    }

    private Node<K, V> find(Object key) {
        if (key == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] t = table;
        if (t == null) {
            return null;
        }
        int h = spread(key.hashCode());
        for (Node<K, V> e = t[(t.length - 1) & h]; e != null; e = e.next) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) {
                return e;
            }
        }
        return null;
    }

    @Override
    public synchronized V get(Object key) {
        Node<K, V> e = find(key);
        return e == null ? null : e.val;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return find(key) != null;
    }

    @Override
    public synchronized boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] t = table;
        if (t != null) {
            for (Node<K, V> b : t) {
                for (Node<K, V> e = b; e != null; e = e.next) {
                    if (value.equals(e.val)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether some key maps to {@code value} (the legacy name of {@link #containsValue}). */
    public boolean contains(Object value) {
        return containsValue(value);
    }

    @Override
    public synchronized int size() {
        return count;
    }

    @Override
    public synchronized boolean isEmpty() {
        return count == 0;
    }

    /** The number of mappings, as a long. */
    public synchronized long mappingCount() {
        return count;
    }

    @Override
    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    private synchronized V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int h = spread(key.hashCode());
        Node<K, V>[] t = table == null ? initTable() : table;
        int i = (t.length - 1) & h;
        Node<K, V> e = t[i];
        if (e == null) {
            t[i] = new Node<K, V>(h, key, value, null, this);
        } else {
            while (true) {
                if (e.hash == h && (e.key == key || key.equals(e.key))) {
                    V old = e.val;
                    if (!onlyIfAbsent) {
                        e.val = value;
                    }
                    return old;
                }
                if (e.next == null) {
                    e.next = new Node<K, V>(h, key, value, null, this);
                    break;
                }
                e = e.next;
            }
        }
        count++;
        if (count >= sizeCtl && t.length < MAXIMUM_CAPACITY) {
            transfer();
        }
        return null;
    }

    /** Doubles the table, splitting every bin into its low and high halves as described in the class comment. */
    @SuppressWarnings("unchecked")
    private void transfer() {
        Node<K, V>[] tab = table;
        int n = tab.length;
        Node<K, V>[] nt = (Node<K, V>[]) new Node<?, ?>[n << 1];
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                continue;
            }
            int runBit = f.hash & n;
            Node<K, V> lastRun = f;
            for (Node<K, V> p = f.next; p != null; p = p.next) {
                int b = p.hash & n;
                if (b != runBit) {
                    runBit = b;
                    lastRun = p;
                }
            }
            Node<K, V> ln;
            Node<K, V> hn;
            if (runBit == 0) {
                ln = lastRun;
                hn = null;
            } else {
                hn = lastRun;
                ln = null;
            }
            for (Node<K, V> p = f; p != lastRun; p = p.next) {
                if ((p.hash & n) == 0) {
                    ln = new Node<K, V>(p.hash, p.key, p.val, ln, this);
                } else {
                    hn = new Node<K, V>(p.hash, p.key, p.val, hn, this);
                }
            }
            nt[i] = ln;
            nt[i + n] = hn;
        }
        table = nt;
        n <<= 1;
        sizeCtl = n - (n >>> 2);
    }

    @Override
    public synchronized void putAll(Map<? extends K, ? extends V> m) {
        tryPresize(m.size());
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            putVal(e.getKey(), e.getValue(), false);
        }
    }

    private void tryPresize(int size) {
        int c = size >= (MAXIMUM_CAPACITY >>> 1) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        if (table == null) {
            int n = Math.max(sizeCtl, c);
            sizeCtl = n;
            initTable();
        }
        while (c > sizeCtl && table.length < MAXIMUM_CAPACITY) {
            transfer();
        }
    }

    @Override
    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    @Override
    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException();
        }
        return value != null && replaceNode(key, null, value) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    @Override
    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    /** Replaces (value non-null) or removes (value null) the node of {@code key} if its value matches {@code cv} (when non-null); the old value or null. */
    private synchronized V replaceNode(Object key, V value, Object cv) {
        if (key == null) {
            throw new NullPointerException();
        }
        Node<K, V>[] t = table;
        if (t == null) {
            return null;
        }
        int h = spread(key.hashCode());
        int i = (t.length - 1) & h;
        Node<K, V> pred = null;
        for (Node<K, V> e = t[i]; e != null; pred = e, e = e.next) {
            if (e.hash == h && (e.key == key || key.equals(e.key))) {
                V ev = e.val;
                if (cv != null && !(cv == ev || cv.equals(ev))) {
                    return null;
                }
                if (value != null) {
                    e.val = value;
                } else {
                    if (pred == null) {
                        t[i] = e.next;
                    } else {
                        pred.next = e.next;
                    }
                    count--;
                }
                return ev;
            }
        }
        return null;
    }

    @Override
    public synchronized void clear() {
        if (table != null) {
            for (int i = 0; i < table.length; i++) {
                table[i] = null;
            }
        }
        count = 0;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = find(key);
        if (e != null) {
            return e.val;
        }
        V v = mappingFunction.apply(key);
        if (v != null) {
            putVal(key, v, false);
        }
        return v;
    }

    @Override
    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = find(key);
        if (e == null) {
            return null;
        }
        V v = remappingFunction.apply(key, e.val);
        if (v == null) {
            replaceNode(key, null, null);
        } else {
            e.val = v;
        }
        return v;
    }

    @Override
    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = find(key);
        V v = remappingFunction.apply(key, e == null ? null : e.val);
        if (v == null) {
            if (e != null) {
                replaceNode(key, null, null);
            }
        } else if (e != null) {
            e.val = v;
        } else {
            putVal(key, v, false);
        }
        return v;
    }

    @Override
    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = find(key);
        if (e == null) {
            putVal(key, value, false);
            return value;
        }
        V v = remappingFunction.apply(e.val, value);
        if (v == null) {
            replaceNode(key, null, null);
        } else {
            e.val = v;
        }
        return v;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Map.Entry<K, V> e : entrySet()) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    @Override
    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Node<K, V>[] t = table;
        if (t == null) {
            return;
        }
        for (Node<K, V> b : t) {
            for (Node<K, V> e = b; e != null; e = e.next) {
                V v = function.apply(e.key, e.val);
                if (v == null) {
                    throw new NullPointerException();
                }
                e.val = v;
            }
        }
    }

    /** A set backed by a new concurrent map from its elements to {@code Boolean.TRUE}. */
    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    /** A set backed by a new concurrent map sized for {@code initialCapacity}. */
    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    private transient KeySetView<K, V> keySet;

    /** The keys, as a view that supports removal but not addition. */
    @Override
    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        if (ks == null) {
            ks = new KeySetView<K, V>(this, null);
            keySet = ks;
        }
        return ks;
    }

    /** The keys, as a view that adds keys mapped to {@code mappedValue}. */
    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<K, V>(this, mappedValue);
    }

    /**
     * The keys of a ConcurrentHashMap as a set; additions map the key to a fixed value when the view has one
     * (otherwise they throw UnsupportedOperationException).
     */
    public static class KeySetView<K, V> extends AbstractSet<K> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ConcurrentHashMap<K, V> map;
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            this.map = map;
            this.value = value;
        }

        /** The value additions map to, or null. */
        public V getMappedValue() {
            return value;
        }

        /** The backing map. */
        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        @Override
        public Iterator<K> iterator() {
            final Iterator<Map.Entry<K, V>> it = map.entrySet().iterator();
            return new Iterator<K>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public K next() {
                    return it.next().getKey();
                }

                public void remove() {
                    it.remove();
                }
            };
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        @Override
        public boolean add(K k) {
            if (value == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(k, value, true) == null;
        }

        @Override
        public void clear() {
            map.clear();
        }
    }

    private transient Set<Map.Entry<K, V>> entrySet;

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Traverser();
                }

                public int size() {
                    return ConcurrentHashMap.this.size();
                }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Object k = e.getKey();
                    Object v = e.getValue();
                    if (k == null || v == null) {
                        return false;
                    }
                    V mine = get(k);
                    return mine != null && (v == mine || v.equals(mine));
                }

                public boolean remove(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    Object k = e.getKey();
                    Object v = e.getValue();
                    return k != null && v != null && ConcurrentHashMap.this.remove(k, v);
                }

                public void clear() {
                    ConcurrentHashMap.this.clear();
                }
            };
            entrySet = es;
        }
        return es;
    }

    // ---------------------------------------------------------------- bulk operations (ConcurrentHashMapBulk)

    /** Calls {@code action} with each mapping (in parallel for at least {@code parallelismThreshold} mappings). */
    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        ConcurrentHashMapBulk.forEach(this, parallelismThreshold, ConcurrentHashMapBulk.PAIR, null, action);
    }

    /** Calls {@code action} with each non-null {@code transformer} result of a mapping. */
    public <U> void forEach(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer, Consumer<? super U> action) {
        ConcurrentHashMapBulk.forEach(this, parallelismThreshold, ConcurrentHashMapBulk.PAIR, ConcurrentHashMapBulk.checked(transformer), action);
    }

    /** A non-null result of {@code searchFunction} on some mapping, or null. */
    @SuppressWarnings("unchecked")
    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        return (U) ConcurrentHashMapBulk.search(this, parallelismThreshold, ConcurrentHashMapBulk.PAIR, searchFunction);
    }

    /** The non-null transformed mappings combined by {@code reducer}, or null if there are none. */
    @SuppressWarnings("unchecked")
    public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer, BiFunction<? super U, ? super U, ? extends U> reducer) {
        return (U) ConcurrentHashMapBulk.reduce(this, parallelismThreshold, ConcurrentHashMapBulk.PAIR, ConcurrentHashMapBulk.checked(transformer), reducer);
    }

    /** The transformed mappings combined by {@code reducer} starting from {@code basis} (its identity). */
    public double reduceToDouble(long parallelismThreshold, ToDoubleBiFunction<? super K, ? super V> transformer, double basis, DoubleBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToDouble(this, parallelismThreshold, ConcurrentHashMapBulk.PAIR, transformer, basis, reducer);
    }

    /** The transformed mappings combined by {@code reducer} starting from {@code basis} (its identity). */
    public long reduceToLong(long parallelismThreshold, ToLongBiFunction<? super K, ? super V> transformer, long basis, LongBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToLong(this, parallelismThreshold, ConcurrentHashMapBulk.PAIR, transformer, basis, reducer);
    }

    /** The transformed mappings combined by {@code reducer} starting from {@code basis} (its identity). */
    public int reduceToInt(long parallelismThreshold, ToIntBiFunction<? super K, ? super V> transformer, int basis, IntBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToInt(this, parallelismThreshold, ConcurrentHashMapBulk.PAIR, transformer, basis, reducer);
    }

    /** Calls {@code action} with each key. */
    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        ConcurrentHashMapBulk.forEach(this, parallelismThreshold, ConcurrentHashMapBulk.KEY, null, action);
    }

    /** Calls {@code action} with each non-null {@code transformer} result of a key. */
    public <U> void forEachKey(long parallelismThreshold, Function<? super K, ? extends U> transformer, Consumer<? super U> action) {
        ConcurrentHashMapBulk.forEach(this, parallelismThreshold, ConcurrentHashMapBulk.KEY, ConcurrentHashMapBulk.checked(transformer), action);
    }

    /** A non-null result of {@code searchFunction} on some key, or null. */
    @SuppressWarnings("unchecked")
    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        return (U) ConcurrentHashMapBulk.search(this, parallelismThreshold, ConcurrentHashMapBulk.KEY, searchFunction);
    }

    /** The keys combined by {@code reducer}, or null if there are none. */
    @SuppressWarnings("unchecked")
    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        return (K) ConcurrentHashMapBulk.reduce(this, parallelismThreshold, ConcurrentHashMapBulk.KEY, null, reducer);
    }

    /** The non-null transformed keys combined by {@code reducer}, or null if there are none. */
    @SuppressWarnings("unchecked")
    public <U> U reduceKeys(long parallelismThreshold, Function<? super K, ? extends U> transformer, BiFunction<? super U, ? super U, ? extends U> reducer) {
        return (U) ConcurrentHashMapBulk.reduce(this, parallelismThreshold, ConcurrentHashMapBulk.KEY, ConcurrentHashMapBulk.checked(transformer), reducer);
    }

    /** The transformed keys combined by {@code reducer} starting from {@code basis} (its identity). */
    public double reduceKeysToDouble(long parallelismThreshold, ToDoubleFunction<? super K> transformer, double basis, DoubleBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToDouble(this, parallelismThreshold, ConcurrentHashMapBulk.KEY, transformer, basis, reducer);
    }

    /** The transformed keys combined by {@code reducer} starting from {@code basis} (its identity). */
    public long reduceKeysToLong(long parallelismThreshold, ToLongFunction<? super K> transformer, long basis, LongBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToLong(this, parallelismThreshold, ConcurrentHashMapBulk.KEY, transformer, basis, reducer);
    }

    /** The transformed keys combined by {@code reducer} starting from {@code basis} (its identity). */
    public int reduceKeysToInt(long parallelismThreshold, ToIntFunction<? super K> transformer, int basis, IntBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToInt(this, parallelismThreshold, ConcurrentHashMapBulk.KEY, transformer, basis, reducer);
    }

    /** Calls {@code action} with each value. */
    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        ConcurrentHashMapBulk.forEach(this, parallelismThreshold, ConcurrentHashMapBulk.VALUE, null, action);
    }

    /** Calls {@code action} with each non-null {@code transformer} result of a value. */
    public <U> void forEachValue(long parallelismThreshold, Function<? super V, ? extends U> transformer, Consumer<? super U> action) {
        ConcurrentHashMapBulk.forEach(this, parallelismThreshold, ConcurrentHashMapBulk.VALUE, ConcurrentHashMapBulk.checked(transformer), action);
    }

    /** A non-null result of {@code searchFunction} on some value, or null. */
    @SuppressWarnings("unchecked")
    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        return (U) ConcurrentHashMapBulk.search(this, parallelismThreshold, ConcurrentHashMapBulk.VALUE, searchFunction);
    }

    /** The values combined by {@code reducer}, or null if there are none. */
    @SuppressWarnings("unchecked")
    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        return (V) ConcurrentHashMapBulk.reduce(this, parallelismThreshold, ConcurrentHashMapBulk.VALUE, null, reducer);
    }

    /** The non-null transformed values combined by {@code reducer}, or null if there are none. */
    @SuppressWarnings("unchecked")
    public <U> U reduceValues(long parallelismThreshold, Function<? super V, ? extends U> transformer, BiFunction<? super U, ? super U, ? extends U> reducer) {
        return (U) ConcurrentHashMapBulk.reduce(this, parallelismThreshold, ConcurrentHashMapBulk.VALUE, ConcurrentHashMapBulk.checked(transformer), reducer);
    }

    /** The transformed values combined by {@code reducer} starting from {@code basis} (its identity). */
    public double reduceValuesToDouble(long parallelismThreshold, ToDoubleFunction<? super V> transformer, double basis, DoubleBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToDouble(this, parallelismThreshold, ConcurrentHashMapBulk.VALUE, transformer, basis, reducer);
    }

    /** The transformed values combined by {@code reducer} starting from {@code basis} (its identity). */
    public long reduceValuesToLong(long parallelismThreshold, ToLongFunction<? super V> transformer, long basis, LongBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToLong(this, parallelismThreshold, ConcurrentHashMapBulk.VALUE, transformer, basis, reducer);
    }

    /** The transformed values combined by {@code reducer} starting from {@code basis} (its identity). */
    public int reduceValuesToInt(long parallelismThreshold, ToIntFunction<? super V> transformer, int basis, IntBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToInt(this, parallelismThreshold, ConcurrentHashMapBulk.VALUE, transformer, basis, reducer);
    }

    /** Calls {@code action} with each entry. */
    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        ConcurrentHashMapBulk.forEach(this, parallelismThreshold, ConcurrentHashMapBulk.ENTRY, null, action);
    }

    /** Calls {@code action} with each non-null {@code transformer} result of a entry. */
    public <U> void forEachEntry(long parallelismThreshold, Function<? super Map.Entry<K, V>, ? extends U> transformer, Consumer<? super U> action) {
        ConcurrentHashMapBulk.forEach(this, parallelismThreshold, ConcurrentHashMapBulk.ENTRY, ConcurrentHashMapBulk.checked(transformer), action);
    }

    /** A non-null result of {@code searchFunction} on some entry, or null. */
    @SuppressWarnings("unchecked")
    public <U> U searchEntries(long parallelismThreshold, Function<? super Map.Entry<K, V>, ? extends U> searchFunction) {
        return (U) ConcurrentHashMapBulk.search(this, parallelismThreshold, ConcurrentHashMapBulk.ENTRY, searchFunction);
    }

    /** The entries combined by {@code reducer}, or null if there are none. */
    @SuppressWarnings("unchecked")
    public Map.Entry<K, V> reduceEntries(long parallelismThreshold, BiFunction<Map.Entry<K, V>, Map.Entry<K, V>, ? extends Map.Entry<K, V>> reducer) {
        return (Map.Entry<K, V>) ConcurrentHashMapBulk.reduce(this, parallelismThreshold, ConcurrentHashMapBulk.ENTRY, null, reducer);
    }

    /** The non-null transformed entries combined by {@code reducer}, or null if there are none. */
    @SuppressWarnings("unchecked")
    public <U> U reduceEntries(long parallelismThreshold, Function<? super Map.Entry<K, V>, ? extends U> transformer, BiFunction<? super U, ? super U, ? extends U> reducer) {
        return (U) ConcurrentHashMapBulk.reduce(this, parallelismThreshold, ConcurrentHashMapBulk.ENTRY, ConcurrentHashMapBulk.checked(transformer), reducer);
    }

    /** The transformed entries combined by {@code reducer} starting from {@code basis} (its identity). */
    public double reduceEntriesToDouble(long parallelismThreshold, ToDoubleFunction<? super Map.Entry<K, V>> transformer, double basis, DoubleBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToDouble(this, parallelismThreshold, ConcurrentHashMapBulk.ENTRY, transformer, basis, reducer);
    }

    /** The transformed entries combined by {@code reducer} starting from {@code basis} (its identity). */
    public long reduceEntriesToLong(long parallelismThreshold, ToLongFunction<? super Map.Entry<K, V>> transformer, long basis, LongBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToLong(this, parallelismThreshold, ConcurrentHashMapBulk.ENTRY, transformer, basis, reducer);
    }

    /** The transformed entries combined by {@code reducer} starting from {@code basis} (its identity). */
    public int reduceEntriesToInt(long parallelismThreshold, ToIntFunction<? super Map.Entry<K, V>> transformer, int basis, IntBinaryOperator reducer) {
        return ConcurrentHashMapBulk.reduceToInt(this, parallelismThreshold, ConcurrentHashMapBulk.ENTRY, transformer, basis, reducer);
    }

    /** The mappings in iteration order, taken at once (what the bulk operations run over). */
    @SuppressWarnings("unchecked")
    synchronized Map.Entry<K, V>[] snapshot() {
        java.util.ArrayList<Map.Entry<K, V>> all = new java.util.ArrayList<>(size());
        Iterator<Map.Entry<K, V>> it = new Traverser();
        while (it.hasNext()) {
            all.add(it.next());
        }
        return all.toArray(new Map.Entry[0]);
    }

    /** A weakly consistent iterator over the bins in index order: it never throws ConcurrentModificationException. */
    private final class Traverser implements Iterator<Map.Entry<K, V>> {
        private Node<K, V>[] tab;
        private int index;
        private Node<K, V> next;
        private Node<K, V> last;

        Traverser() {
            synchronized (ConcurrentHashMap.this) {
                tab = table;
            }
            advance();
        }

        private void advance() {
            synchronized (ConcurrentHashMap.this) {
                if (next != null) {
                    next = next.next;
                }
                while (next == null && tab != null && index < tab.length) {
                    next = tab[index++];
                }
            }
        }

        public boolean hasNext() {
            return next != null;
        }

        public Map.Entry<K, V> next() {
            Node<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            last = e;
            advance();
            return e;
        }

        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            ConcurrentHashMap.this.remove(last.key);
            last = null;
        }
    }
}
