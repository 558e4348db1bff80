package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An object mapping keys to values, each key at most once. The default methods ({@code getOrDefault},
 * {@code compute*}, {@code merge}, ...) are written over {@link #get}, {@link #put}, {@link #remove} and
 * {@link #containsKey}; {@code of}/{@code ofEntries}/{@code copyOf} give unmodifiable maps.
 */
public interface Map<K, V> {
    /** The number of mappings. */
    int size();

    /** Whether there are no mappings. */
    boolean isEmpty();

    /** Whether {@code key} is mapped. */
    boolean containsKey(Object key);

    /** Whether some key maps to {@code value}. */
    boolean containsValue(Object value);

    /** The value of {@code key}, or null. */
    V get(Object key);

    /** Maps {@code key} to {@code value}; returns the previous value or null. */
    V put(K key, V value);

    /** Removes the mapping of {@code key}; returns its value or null. */
    V remove(Object key);

    /** Copies every mapping of {@code m}. */
    void putAll(Map<? extends K, ? extends V> m);

    /** Removes every mapping. */
    void clear();

    /** A set view of the keys. */
    Set<K> keySet();

    /** A collection view of the values. */
    Collection<V> values();

    /** A set view of the mappings. */
    Set<Map.Entry<K, V>> entrySet();

    @Override
    boolean equals(Object o);

    @Override
    int hashCode();

    /** A key-value pair. */
    interface Entry<K, V> {
        /** The key. */
        K getKey();

        /** The value. */
        V getValue();

        /** Replaces the value; returns the old one. */
        V setValue(V value);

        @Override
        boolean equals(Object o);

        @Override
        int hashCode();

        /** Orders entries by the natural order of their keys. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return (Comparator) EntryOrder.BY_KEY;
        }

        /** Orders entries by the natural order of their values. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return (Comparator) EntryOrder.BY_VALUE;
        }

        /** Orders entries by their keys under {@code cmp}. */
        static <K, V> Comparator<Map.Entry<K, V>> comparingByKey(Comparator<? super K> cmp) {
            Objects.requireNonNull(cmp);
            return new Comparator<Map.Entry<K, V>>() {
                @Override
                public int compare(Map.Entry<K, V> a, Map.Entry<K, V> b) {
                    return cmp.compare(a.getKey(), b.getKey());
                }
            };
        }

        /** Orders entries by their values under {@code cmp}. */
        static <K, V> Comparator<Map.Entry<K, V>> comparingByValue(Comparator<? super V> cmp) {
            Objects.requireNonNull(cmp);
            return new Comparator<Map.Entry<K, V>>() {
                @Override
                public int compare(Map.Entry<K, V> a, Map.Entry<K, V> b) {
                    return cmp.compare(a.getValue(), b.getValue());
                }
            };
        }

        /** An unmodifiable copy of {@code e}. */
        @SuppressWarnings("unchecked")
        static <K, V> Map.Entry<K, V> copyOf(Map.Entry<? extends K, ? extends V> e) {
            Objects.requireNonNull(e);
            if (e instanceof ImmutableCollections.KeyValue) {
                return (Map.Entry<K, V>) e;
            }
            return Map.entry(e.getKey(), e.getValue());
        }
    }

    /** The natural-order entry comparators of {@link Entry}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    final class EntryOrder implements Comparator<Map.Entry>, java.io.Serializable {
        static final EntryOrder BY_KEY = new EntryOrder(true);
        static final EntryOrder BY_VALUE = new EntryOrder(false);
        private final boolean byKey;

        private EntryOrder(boolean byKey) {
            this.byKey = byKey;
        }

        @Override
        public int compare(Map.Entry a, Map.Entry b) {
            return byKey ? ((Comparable) a.getKey()).compareTo(b.getKey())
                : ((Comparable) a.getValue()).compareTo(b.getValue());
        }
    }

    /** The value of {@code key}, or {@code defaultValue} if it is not mapped. */
    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return (v != null || containsKey(key)) ? v : defaultValue;
    }

    /** Performs {@code action} on each mapping. */
    default void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        for (Map.Entry<K, V> e : entrySet()) {
            action.accept(e.getKey(), e.getValue());
        }
    }

    /** Replaces each value by {@code function} of its mapping. */
    default void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        for (Map.Entry<K, V> e : entrySet()) {
            e.setValue(function.apply(e.getKey(), e.getValue()));
        }
    }

    /** Maps {@code key} to {@code value} unless it maps to a non-null value; returns the current value. */
    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) {
            v = put(key, value);
        }
        return v;
    }

    /** Removes the mapping of {@code key} if it maps to {@code value}. */
    default boolean remove(Object key, Object value) {
        Object cur = get(key);
        if (!Objects.equals(cur, value) || (cur == null && !containsKey(key))) {
            return false;
        }
        remove(key);
        return true;
    }

    /** Replaces the value of {@code key} if it is {@code oldValue}. */
    default boolean replace(K key, V oldValue, V newValue) {
        Object cur = get(key);
        if (!Objects.equals(cur, oldValue) || (cur == null && !containsKey(key))) {
            return false;
        }
        put(key, newValue);
        return true;
    }

    /** Replaces the value of {@code key} if it is mapped; returns the old value. */
    default V replace(K key, V value) {
        V cur = get(key);
        if (cur != null || containsKey(key)) {
            cur = put(key, value);
        }
        return cur;
    }

    /** Maps {@code key} to {@code mappingFunction(key)} if it has no non-null value; returns the current value. */
    default V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        V v = get(key);
        if (v == null) {
            V nv = mappingFunction.apply(key);
            if (nv != null) {
                put(key, nv);
                return nv;
            }
        }
        return v;
    }

    /** Recomputes the non-null value of {@code key}; a null result removes the mapping. */
    default V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V old = get(key);
        if (old != null) {
            V nv = remappingFunction.apply(key, old);
            if (nv != null) {
                put(key, nv);
                return nv;
            }
            remove(key);
        }
        return null;
    }

    /** Computes the value of {@code key} from its current one (null if absent); null removes. */
    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        V old = get(key);
        V nv = remappingFunction.apply(key, old);
        if (nv == null) {
            if (old != null || containsKey(key)) {
                remove(key);
            }
            return null;
        }
        put(key, nv);
        return nv;
    }

    /** Maps {@code key} to {@code value}, or to {@code fn(old, value)} if mapped; null removes. */
    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        V old = get(key);
        V nv = (old == null) ? value : remappingFunction.apply(old, value);
        if (nv == null) {
            remove(key);
        } else {
            put(key, nv);
        }
        return nv;
    }

    /** The empty unmodifiable map. */
    static <K, V> Map<K, V> of() {
        return ImmutableCollections.mapOf();
    }

    /** An unmodifiable map of one mapping. */
    static <K, V> Map<K, V> of(K k1, V v1) {
        return ImmutableCollections.mapOf(k1, v1);
    }

    /** An unmodifiable map of two mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2);
    }

    /** An unmodifiable map of three mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2, k3, v3);
    }

    /** An unmodifiable map of four mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2, k3, v3, k4, v4);
    }

    /** An unmodifiable map of five mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5);
    }

    /** An unmodifiable map of six mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6);
    }

    /** An unmodifiable map of seven mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
            K k7, V v7) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7);
    }

    /** An unmodifiable map of eight mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
            K k7, V v7, K k8, V v8) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8);
    }

    /** An unmodifiable map of nine mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
            K k7, V v7, K k8, V v8, K k9, V v9) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8,
            k9, v9);
    }

    /** An unmodifiable map of ten mappings. */
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
            K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {
        return ImmutableCollections.mapOf(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8,
            k9, v9, k10, v10);
    }

    /** An unmodifiable map of the given entries. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    static <K, V> Map<K, V> ofEntries(Map.Entry<? extends K, ? extends V>... entries) {
        Object[] kv = new Object[entries.length * 2];
        for (int i = 0; i < entries.length; i++) {
            kv[2 * i] = entries[i].getKey();
            kv[2 * i + 1] = entries[i].getValue();
        }
        return ImmutableCollections.mapOf(kv);
    }

    /** An unmodifiable entry; neither part may be null. */
    static <K, V> Map.Entry<K, V> entry(K k, V v) {
        return new ImmutableCollections.KeyValue<>(k, v);
    }

    /** An unmodifiable copy of {@code map}. */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof ImmutableCollections.MapN) {
            return (Map<K, V>) map;
        }
        Object[] kv = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return ImmutableCollections.mapOf(kv);
    }
}
