package java.util;

/**
 * A synchronized hash table that rejects null keys and values. Like HotSpot's, it has a chained table indexed by
 * {@code (hashCode & 0x7FFFFFFF) % length} (11 buckets by default, grown to {@code 2n+1} when the count reaches
 * the threshold), new entries go to the head of their chain, and iteration walks the table from its last bucket
 * to its first, so programs see the same order.
 */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V v) {
            if (v == null) {
                throw new NullPointerException();
            }
            V old = value;
            value = v;
            return old;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            return hash ^ value.hashCode();
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    private Entry<?, ?>[] table;
    private int count;
    private int threshold;
    private final float loadFactor;
    private transient int modCount;

    /** A table with the given capacity and load factor. */
    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        }
        if (initialCapacity == 0) {
            initialCapacity = 1;
        }
        this.loadFactor = loadFactor;
        table = new Entry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, Integer.MAX_VALUE - 8 + 1);
    }

    /** A table with the given capacity. */
    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    /** A table with 11 buckets. */
    public Hashtable() {
        this(11, 0.75f);
    }

    /** A table holding the mappings of {@code t}. */
    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    public synchronized int size() {
        return count;
    }

    public synchronized boolean isEmpty() {
        return count == 0;
    }

    public synchronized Enumeration<K> keys() {
        return new Enumerator<K>(0);
    }

    public synchronized Enumeration<V> elements() {
        return new Enumerator<V>(1);
    }

    /** Whether some key maps to {@code value}. */
    public synchronized boolean contains(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        for (int i = table.length; i-- > 0;) {
            for (Entry<?, ?> e = table[i]; e != null; e = e.next) {
                if (e.value.equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean containsValue(Object value) {
        return contains(value);
    }

    public synchronized boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    private Entry<?, ?> getEntry(Object key) {
        int hash = key.hashCode();
        int index = (hash & 0x7FFFFFFF) % table.length;
        for (Entry<?, ?> e = table[index]; e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                return e;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    public synchronized V get(Object key) {
        Entry<?, ?> e = getEntry(key);
        return e == null ? null : (V) e.value;
    }

    /** Grows the table to {@code 2n+1} buckets and rehashes every entry. */
    @SuppressWarnings("unchecked")
    protected void rehash() {
        int oldCapacity = table.length;
        Entry<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        if (newCapacity - (Integer.MAX_VALUE - 8) > 0) {
            if (oldCapacity == Integer.MAX_VALUE - 8) {
                return;
            }
            newCapacity = Integer.MAX_VALUE - 8;
        }
        Entry<?, ?>[] newMap = new Entry<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, Integer.MAX_VALUE - 8 + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0;) {
            for (Entry<K, V> old = (Entry<K, V>) oldMap[i]; old != null;) {
                Entry<K, V> e = old;
                old = old.next;
                int index = (e.hash & 0x7FFFFFFF) % newCapacity;
                e.next = (Entry<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    public synchronized V put(K key, V value) {
        if (value == null) {
            throw new NullPointerException();
        }
        int hash = key.hashCode();
        int index = (hash & 0x7FFFFFFF) % table.length;
        for (Entry<K, V> e = (Entry<K, V>) table[index]; e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                V old = e.value;
                e.value = value;
                return old;
            }
        }
        if (count >= threshold) {
            rehash();
            index = (hash & 0x7FFFFFFF) % table.length;
        }
        table[index] = new Entry<K, V>(hash, key, value, (Entry<K, V>) table[index]);
        count++;
        modCount++;
        return null;
    }

    @SuppressWarnings("unchecked")
    public synchronized V remove(Object key) {
        int hash = key.hashCode();
        int index = (hash & 0x7FFFFFFF) % table.length;
        Entry<K, V> prev = null;
        for (Entry<K, V> e = (Entry<K, V>) table[index]; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                unlink(index, prev, e);
                return e.value;
            }
        }
        return null;
    }

    private void unlink(int index, Entry<?, ?> prev, Entry<?, ?> e) {
        if (prev != null) {
            prev.next = (Entry) e.next;
        } else {
            table[index] = e.next;
        }
        modCount++;
        count--;
    }

    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    public synchronized void clear() {
        for (int i = table.length; --i >= 0;) {
            table[i] = null;
        }
        modCount++;
        count = 0;
    }

    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        Hashtable<K, V> t = new Hashtable<K, V>(table.length, loadFactor);
        for (int i = 0; i < table.length; i++) {
            Entry<K, V> copyHead = null;
            Entry<K, V> tail = null;
            for (Entry<K, V> e = (Entry<K, V>) table[i]; e != null; e = e.next) {
                Entry<K, V> c = new Entry<K, V>(e.hash, e.key, e.value, null);
                if (tail == null) {
                    copyHead = c;
                } else {
                    tail.next = c;
                }
                tail = c;
            }
            t.table[i] = copyHead;
        }
        t.count = count;
        t.threshold = threshold;
        return t;
    }

    public synchronized String toString() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder("{");
        for (;;) {
            Map.Entry<K, V> e = it.next();
            Object k = e.getKey();
            Object v = e.getValue();
            sb.append(k == this ? "(this Map)" : String.valueOf(k));
            sb.append('=');
            sb.append(v == this ? "(this Map)" : String.valueOf(v));
            if (!it.hasNext()) {
                return sb.append('}').toString();
            }
            sb.append(", ");
        }
    }

    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public Iterator<K> iterator() {
                return new Enumerator<K>(0);
            }

            public int size() {
                return count;
            }

            public boolean contains(Object o) {
                return containsKey(o);
            }

            public boolean remove(Object o) {
                return Hashtable.this.remove(o) != null;
            }

            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Enumerator<Map.Entry<K, V>>(2);
            }

            public int size() {
                return count;
            }

            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) {
                    return false;
                }
                Map.Entry<?, ?> me = (Map.Entry<?, ?>) o;
                Entry<?, ?> e = getEntry(me.getKey());
                return e != null && e.equals(me);
            }

            public boolean remove(Object o) {
                if (!contains(o)) {
                    return false;
                }
                Hashtable.this.remove(((Map.Entry<?, ?>) o).getKey());
                return true;
            }

            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                return new Enumerator<V>(1);
            }

            public int size() {
                return count;
            }

            public boolean contains(Object o) {
                return containsValue(o);
            }

            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    /** Applies {@code action} to each mapping, walking the table from its first bucket (unlike the iterators). */
    @SuppressWarnings("unchecked")
    public synchronized void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (Entry<?, ?> entry : table) {
            while (entry != null) {
                action.accept((K) entry.key, (V) entry.value);
                entry = entry.next;
                if (expected != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    /** Replaces each value with {@code function}'s result, walking the table from its first bucket. */
    @SuppressWarnings("unchecked")
    public synchronized void replaceAll(java.util.function.BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expected = modCount;
        for (Entry<?, ?> e : table) {
            for (Entry<K, V> entry = (Entry<K, V>) e; entry != null; entry = entry.next) {
                entry.value = Objects.requireNonNull(function.apply(entry.key, entry.value));
                if (expected != modCount) {
                    throw new ConcurrentModificationException();
                }
            }
        }
    }

    // The compound operations Map gives as defaults (get, then put) are made atomic here, as the class's
    // contract asks: each runs whole while holding this table's monitor.

    @Override
    public synchronized V getOrDefault(Object key, V defaultValue) {
        return Map.super.getOrDefault(key, defaultValue);
    }

    @Override
    public synchronized V putIfAbsent(K key, V value) {
        return Map.super.putIfAbsent(key, value);
    }

    @Override
    public synchronized boolean remove(Object key, Object value) {
        return Map.super.remove(key, value);
    }

    @Override
    public synchronized boolean replace(K key, V oldValue, V newValue) {
        return Map.super.replace(key, oldValue, newValue);
    }

    @Override
    public synchronized V replace(K key, V value) {
        return Map.super.replace(key, value);
    }

    @Override
    public synchronized V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> mapping) {
        return Map.super.computeIfAbsent(key, mapping);
    }

    @Override
    public synchronized V computeIfPresent(K key,
            java.util.function.BiFunction<? super K, ? super V, ? extends V> remapping) {
        return Map.super.computeIfPresent(key, remapping);
    }

    @Override
    public synchronized V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> remapping) {
        return Map.super.compute(key, remapping);
    }

    @Override
    public synchronized V merge(K key, V value,
            java.util.function.BiFunction<? super V, ? super V, ? extends V> remapping) {
        return Map.super.merge(key, value, remapping);
    }

    public synchronized boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map)) {
            return false;
        }
        Map<?, ?> t = (Map<?, ?>) o;
        if (t.size() != size()) {
            return false;
        }
        for (Map.Entry<K, V> e : entrySet()) {
            Object v = t.get(e.getKey());
            if (!e.getValue().equals(v) || (v == null && !t.containsKey(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    public synchronized int hashCode() {
        int h = 0;
        for (int i = 0; i < table.length; i++) {
            for (Entry<?, ?> e = table[i]; e != null; e = e.next) {
                h += e.hashCode();
            }
        }
        return h;
    }

    /** Walks the table from the last bucket to the first: kind 0 keys, 1 values, 2 entries. */
    private final class Enumerator<T> implements Enumeration<T>, Iterator<T> {
        final int kind;
        int index = table.length;
        Entry<?, ?> entry;
        Entry<?, ?> lastReturned;
        int expectedModCount = modCount;

        Enumerator(int kind) {
            this.kind = kind;
        }

        public boolean hasMoreElements() {
            Entry<?, ?> e = entry;
            int i = index;
            Entry<?, ?>[] t = table;
            while (e == null && i > 0) {
                e = t[--i];
            }
            entry = e;
            index = i;
            return e != null;
        }

        @SuppressWarnings("unchecked")
        public T nextElement() {
            if (!hasMoreElements()) {
                throw new NoSuchElementException("Hashtable Enumerator");
            }
            Entry<?, ?> e = lastReturned = entry;
            entry = e.next;
            return kind == 0 ? (T) e.key : kind == 1 ? (T) e.value : (T) e;
        }

        public boolean hasNext() {
            return hasMoreElements();
        }

        public T next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            return nextElement();
        }

        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException("Hashtable Enumerator");
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            synchronized (Hashtable.this) {
                int idx = (lastReturned.hash & 0x7FFFFFFF) % table.length;
                Entry<?, ?> prev = null;
                for (Entry<?, ?> e = table[idx]; e != null; prev = e, e = e.next) {
                    if (e == lastReturned) {
                        unlink(idx, prev, e);
                        expectedModCount++;
                        lastReturned = null;
                        return;
                    }
                }
                throw new ConcurrentModificationException();
            }
        }
    }
}
