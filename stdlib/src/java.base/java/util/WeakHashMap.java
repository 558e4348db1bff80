package java.util;

/**
 * A hash map meant to hold its keys weakly. <b>Cortado has no garbage collector yet (the heap only grows), so this
 * map holds its keys strongly: entries are never cleared by the collector.</b> Everything else behaves as
 * specified, including the iteration order HotSpot gives: a power-of-two chained table with the supplemental hash
 * {@code h ^= (h >>> 20) ^ (h >>> 12); h ^ (h >>> 7) ^ (h >>> 4)}, new entries at the head of their chain, doubling
 * when the size reaches the threshold, and iteration from the last bucket to the first.
 */
public class WeakHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V> {
    private static final Object NULL_KEY = new Object();

    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final Object key;
        V value;
        final int hash;
        Entry<K, V> next;

        Entry(Object key, V value, int hash, Entry<K, V> next) {
            this.key = key;
            this.value = value;
            this.hash = hash;
            this.next = next;
        }

        @SuppressWarnings("unchecked")
        public K getKey() {
            return key == NULL_KEY ? null : (K) key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(getKey(), e.getKey()) && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(value);
        }

        public String toString() {
            return getKey() + "=" + value;
        }
    }

    private Entry<?, ?>[] table;
    private int size;
    private int threshold;
    private final float loadFactor;
    private int modCount;

    /** A map with the given capacity (rounded up to a power of two) and load factor. */
    public WeakHashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Initial Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load factor: " + loadFactor);
        }
        if (initialCapacity > (1 << 30)) {
            initialCapacity = 1 << 30;
        }
        int capacity = 1;
        while (capacity < initialCapacity) {
            capacity <<= 1;
        }
        table = new Entry<?, ?>[capacity];
        this.loadFactor = loadFactor;
        threshold = (int) (capacity * loadFactor);
    }

    /** A map with the given capacity. */
    public WeakHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    /** A map with 16 buckets. */
    public WeakHashMap() {
        this(16, 0.75f);
    }

    /** A map holding the mappings of {@code m}. */
    public WeakHashMap(Map<? extends K, ? extends V> m) {
        this(Math.max((int) (m.size() / 0.75f) + 1, 16), 0.75f);
        putAll(m);
    }

    private static Object maskNull(Object key) {
        return key == null ? NULL_KEY : key;
    }

    private static int hash(Object k) {
        int h = k.hashCode();
        h ^= (h >>> 20) ^ (h >>> 12);
        return h ^ (h >>> 7) ^ (h >>> 4);
    }

    private Entry<?, ?> getEntry(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        for (Entry<?, ?> e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && (k == e.key || k.equals(e.key))) {
                return e;
            }
        }
        return null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Entry<?, ?> e = getEntry(key);
        return e == null ? null : (V) e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object k = maskNull(key);
        int h = hash(k);
        int i = h & (table.length - 1);
        for (Entry<K, V> e = (Entry<K, V>) table[i]; e != null; e = e.next) {
            if (h == e.hash && (k == e.key || k.equals(e.key))) {
                V old = e.value;
                if (value != old) {
                    e.value = value;
                }
                return old;
            }
        }
        modCount++;
        table[i] = new Entry<K, V>(k, value, h, (Entry<K, V>) table[i]);
        if (++size >= threshold) {
            resize(table.length * 2);
        }
        return null;
    }

    private void resize(int newCapacity) {
        Entry<?, ?>[] old = table;
        if (old.length == (1 << 30)) {
            threshold = Integer.MAX_VALUE;
            return;
        }
        Entry<?, ?>[] dest = new Entry<?, ?>[newCapacity];
        transfer(old, dest);
        table = dest;
        if (size >= threshold / 2) {
            threshold = (int) (newCapacity * loadFactor);
        } else {
            // as HotSpot: a map this sparse keeps its table (the entries move back, which reorders chains)
            transfer(dest, old);
            table = old;
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> void transfer(Entry<?, ?>[] src, Entry<?, ?>[] dest) {
        for (int j = 0; j < src.length; j++) {
            Entry<K, V> e = (Entry<K, V>) src[j];
            src[j] = null;
            while (e != null) {
                Entry<K, V> next = e.next;
                int i = e.hash & (dest.length - 1);
                e.next = (Entry<K, V>) dest[i];
                dest[i] = e;
                e = next;
            }
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0) {
            return;
        }
        if (n > threshold) {
            int target = (int) (n / loadFactor + 1);
            if (target > (1 << 30)) {
                target = 1 << 30;
            }
            int newCapacity = table.length;
            while (newCapacity < target) {
                newCapacity <<= 1;
            }
            if (newCapacity > table.length) {
                resize(newCapacity);
            }
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        int i = h & (table.length - 1);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = (Entry<K, V>) table[i]; e != null; prev = e, e = e.next) {
            if (h == e.hash && (k == e.key || k.equals(e.key))) {
                if (prev == null) {
                    table[i] = e.next;
                } else {
                    prev.next = e.next;
                }
                modCount++;
                size--;
                return e.value;
            }
        }
        return null;
    }

    @Override
    public void clear() {
        Arrays.fill(table, null);
        modCount++;
        size = 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int i = table.length; i-- > 0;) {
            for (Entry<?, ?> e = table[i]; e != null; e = e.next) {
                if (Objects.equals(value, e.value)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<Map.Entry<K, V>>() {
                    int index = isEmpty() ? 0 : table.length;
                    Entry<?, ?> entry;
                    Entry<?, ?> last;
                    int expected = modCount;

                    public boolean hasNext() {
                        Entry<?, ?>[] t = table;
                        while (entry == null && index > 0) {
                            entry = t[--index];
                        }
                        return entry != null;
                    }

                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (modCount != expected) {
                            throw new ConcurrentModificationException();
                        }
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        last = entry;
                        entry = entry.next;
                        return (Map.Entry<K, V>) last;
                    }

                    public void remove() {
                        if (last == null) {
                            throw new IllegalStateException();
                        }
                        if (modCount != expected) {
                            throw new ConcurrentModificationException();
                        }
                        WeakHashMap.this.remove(((Entry<?, ?>) last).getKey());
                        expected = modCount;
                        last = null;
                    }
                };
            }

            public int size() {
                return size;
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Entry<?, ?> c = getEntry(e.getKey());
                return c != null && c.equals(e);
            }

            public void clear() {
                WeakHashMap.this.clear();
            }
        };
    }
}
