package java.util;

/**
 * A map whose keys are the constants of one enum type, held in an array indexed by ordinal; iteration follows
 * ordinal order. Null keys are rejected, null values allowed.
 */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable, Cloneable {
    private static final Object NULL = new Object();

    private final Class<K> keyType;
    private K[] keys;
    private Object[] vals;
    private int size;
    private transient int modCount;

    /** An empty map for keys of {@code keyType}. */
    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keys = keyType.getEnumConstants();
        if (keys == null) {
            throw new ClassCastException(keyType + " not an enum");
        }
        vals = new Object[keys.length];
    }

    /** A map with the same key type and mappings as {@code m}. */
    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keys = m.keys;
        vals = m.vals.clone();
        size = m.size;
    }

    /** A map with the mappings of {@code m}, which must be non-empty unless it is an {@code EnumMap}. */
    @SuppressWarnings("unchecked")
    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keys = em.keys;
            vals = em.vals.clone();
            size = em.size;
        } else {
            if (m.isEmpty()) {
                throw new IllegalArgumentException("Specified map is empty");
            }
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keys = keyType.getEnumConstants();
            vals = new Object[keys.length];
            putAll(m);
        }
    }

    private Object mask(Object v) {
        return v == null ? NULL : v;
    }

    @SuppressWarnings("unchecked")
    private V unmask(Object v) {
        return v == NULL ? null : (V) v;
    }

    private int index(Object key) {
        if (key == null) {
            return -1;
        }
        Class<?> c = key.getClass();
        if (c != keyType && c.getSuperclass() != keyType) {
            return -1;
        }
        return ((Enum<?>) key).ordinal();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsValue(Object value) {
        Object m = mask(value);
        for (Object v : vals) {
            if (v != null && m.equals(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean containsKey(Object key) {
        int i = index(key);
        return i >= 0 && vals[i] != null;
    }

    @Override
    public V get(Object key) {
        int i = index(key);
        return i >= 0 ? unmask(vals[i]) : null;
    }

    @Override
    public V put(K key, V value) {
        if (key == null) {
            throw new NullPointerException();
        }
        int i = index(key);
        if (i < 0) {
            throw new ClassCastException(key.getClass() + " != " + keyType);
        }
        Object old = vals[i];
        vals[i] = mask(value);
        if (old == null) {
            size++;
            modCount++;
        }
        return unmask(old);
    }

    @Override
    public V remove(Object key) {
        int i = index(key);
        if (i < 0) {
            return null;
        }
        Object old = vals[i];
        vals[i] = null;
        if (old != null) {
            size--;
            modCount++;
        }
        return unmask(old);
    }

    @Override
    public void clear() {
        Arrays.fill(vals, null);
        size = 0;
        modCount++;
    }

    /** A copy of this map. */
    @Override
    public EnumMap<K, V> clone() {
        return new EnumMap<K, V>(this);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<Map.Entry<K, V>>() {
                    int next = find(0);
                    int last = -1;
                    int expected = modCount;

                    int find(int from) {
                        for (int i = from; i < vals.length; i++) {
                            if (vals[i] != null) {
                                return i;
                            }
                        }
                        return -1;
                    }

                    public boolean hasNext() {
                        return next >= 0;
                    }

                    public Map.Entry<K, V> next() {
                        if (modCount != expected) {
                            throw new ConcurrentModificationException();
                        }
                        if (next < 0) {
                            throw new NoSuchElementException();
                        }
                        last = next;
                        next = find(next + 1);
                        final int at = last;
                        return new Map.Entry<K, V>() {
                            public K getKey() {
                                return keys[at];
                            }

                            public V getValue() {
                                return unmask(vals[at]);
                            }

                            public V setValue(V v) {
                                V old = unmask(vals[at]);
                                vals[at] = mask(v);
                                return old;
                            }

                            public boolean equals(Object o) {
                                if (!(o instanceof Map.Entry)) {
                                    return false;
                                }
                                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                                return keys[at] == e.getKey() && Objects.equals(getValue(), e.getValue());
                            }

                            public int hashCode() {
                                return keys[at].hashCode() ^ Objects.hashCode(getValue());
                            }

                            public String toString() {
                                return keys[at] + "=" + getValue();
                            }
                        };
                    }

                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        if (modCount != expected) {
                            throw new ConcurrentModificationException();
                        }
                        EnumMap.this.remove(keys[last]);
                        expected = modCount;
                        last = -1;
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
                return containsKey(e.getKey()) && Objects.equals(get(e.getKey()), e.getValue());
            }

            public void clear() {
                EnumMap.this.clear();
            }
        };
    }
}
