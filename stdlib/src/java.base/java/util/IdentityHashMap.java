package java.util;

/**
 * A map that compares keys (and values, in {@code containsValue} and {@code remove(k, v)}) by reference, not by
 * {@code equals}. Like HotSpot's it is a linear-probe table of alternating key and value slots indexed by
 * {@link System#identityHashCode}; since identity hashes differ between virtual machines, its iteration order is
 * not HotSpot's and programs should not depend on it.
 */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    private static final Object NULL_KEY = new Object();

    private Object[] table;
    private int size;
    private transient int modCount;

    /** A map expecting up to 21 mappings. */
    public IdentityHashMap() {
        this(21);
    }

    /** A map expecting up to {@code expectedMaxSize} mappings. */
    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        int cap = 4;
        while (cap < (3 * expectedMaxSize) / 2 && cap < (1 << 29)) {
            cap <<= 1;
        }
        table = new Object[2 * cap];
    }

    /** A map holding the mappings of {@code m}. */
    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    private static Object maskNull(Object k) {
        return k == null ? NULL_KEY : k;
    }

    @SuppressWarnings("unchecked")
    private static <K> K unmaskNull(Object k) {
        return k == NULL_KEY ? null : (K) k;
    }

    private static int hash(Object x, int length) {
        int h = System.identityHashCode(x);
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    private int find(Object k) {
        int len = table.length;
        int i = hash(k, len);
        while (true) {
            Object item = table[i];
            if (item == k) {
                return i;
            }
            if (item == null) {
                return -1 - i;
            }
            i = (i + 2) & (len - 1);
        }
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
        int i = find(maskNull(key));
        return i >= 0 ? (V) table[i + 1] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(maskNull(key)) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int i = 1; i < table.length; i += 2) {
            if (table[i] == value && table[i - 1] != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object k = maskNull(key);
        int i = find(k);
        if (i >= 0) {
            V old = (V) table[i + 1];
            table[i + 1] = value;
            return old;
        }
        if (3 * (size + 1) > table.length) {
            resize(table.length * 2);
            i = find(k);
        }
        i = -1 - i;
        table[i] = k;
        table[i + 1] = value;
        size++;
        modCount++;
        return null;
    }

    private void resize(int newLength) {
        Object[] old = table;
        table = new Object[newLength];
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != null) {
                int i = -1 - find(old[j]);
                table[i] = old[j];
                table[i + 1] = old[j + 1];
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = find(maskNull(key));
        if (i < 0) {
            return null;
        }
        V old = (V) table[i + 1];
        deleteAt(i);
        return old;
    }

    /** Removes the slot at {@code d} and re-seats the probe run that follows it. */
    private void deleteAt(int d) {
        modCount++;
        size--;
        table[d] = null;
        table[d + 1] = null;
        int len = table.length;
        int i = (d + 2) & (len - 1);
        while (table[i] != null) {
            Object k = table[i];
            Object v = table[i + 1];
            table[i] = null;
            table[i + 1] = null;
            int j = -1 - find(k);
            table[j] = k;
            table[j + 1] = v;
            i = (i + 2) & (len - 1);
        }
    }

    @Override
    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        IdentityHashMap<K, V> m = new IdentityHashMap<K, V>(0);
        m.table = table.clone();
        m.size = size;
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof IdentityHashMap) {
            IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) o;
            if (m.size != size) {
                return false;
            }
            for (int i = 0; i < table.length; i += 2) {
                if (table[i] != null) {
                    int j = m.find(table[i]);
                    if (j < 0 || m.table[j + 1] != table[i + 1]) {
                        return false;
                    }
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != null) {
                h += System.identityHashCode(unmaskNull(table[i])) ^ System.identityHashCode(table[i + 1]);
            }
        }
        return h;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                final Object[] keys = new Object[size];
                int n = 0;
                for (int i = 0; i < table.length; i += 2) {
                    if (table[i] != null) {
                        keys[n++] = table[i];
                    }
                }
                return new Iterator<Map.Entry<K, V>>() {
                    int index = 0;
                    int expected = modCount;
                    Object lastKey;

                    public boolean hasNext() {
                        return index < keys.length;
                    }

                    public Map.Entry<K, V> next() {
                        if (modCount != expected) {
                            throw new ConcurrentModificationException();
                        }
                        if (index >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        lastKey = keys[index++];
                        final K k = unmaskNull(lastKey);
                        return new Map.Entry<K, V>() {
                            public K getKey() {
                                return k;
                            }

                            @SuppressWarnings("unchecked")
                            public V getValue() {
                                int at = find(maskNull(k));
                                return at >= 0 ? (V) table[at + 1] : null;
                            }

                            public V setValue(V v) {
                                int at = find(maskNull(k));
                                if (at < 0) {
                                    throw new IllegalStateException();
                                }
                                V old = getValue();
                                table[at + 1] = v;
                                return old;
                            }

                            public boolean equals(Object o) {
                                if (!(o instanceof Map.Entry)) {
                                    return false;
                                }
                                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                                return e.getKey() == k && e.getValue() == getValue();
                            }

                            public int hashCode() {
                                return System.identityHashCode(k) ^ System.identityHashCode(getValue());
                            }

                            public String toString() {
                                return k + "=" + getValue();
                            }
                        };
                    }

                    public void remove() {
                        if (lastKey == null) {
                            throw new IllegalStateException();
                        }
                        if (modCount != expected) {
                            throw new ConcurrentModificationException();
                        }
                        IdentityHashMap.this.remove(unmaskNull(lastKey));
                        expected = modCount;
                        lastKey = null;
                    }
                };
            }

            public int size() {
                return size;
            }

            public void clear() {
                IdentityHashMap.this.clear();
            }
        };
    }
}
