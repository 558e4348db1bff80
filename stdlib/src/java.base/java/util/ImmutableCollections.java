package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The unmodifiable lists, sets, maps and entries behind {@code List.of}, {@code Set.of}, {@code Map.of},
 * {@code Map.entry} and the {@code copyOf} methods: null elements are rejected, every mutator throws
 * {@link UnsupportedOperationException}, duplicates given to {@code Set.of}/{@code Map.of} are an
 * {@link IllegalArgumentException}. Sets and maps iterate in the order given (HotSpot's order is unspecified
 * and varies between runs, so any order conforms).
 */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    static <E> List<E> listOf(Object... elements) {
        Object[] a = new Object[elements.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Objects.requireNonNull(elements[i]);
        }
        return new ListN<>(a);
    }

    static <E> Set<E> setOf(Object... elements) {
        return new SetN<>(elements);
    }

    static <K, V> Map<K, V> mapOf(Object... kv) {
        return new MapN<>(kv);
    }

    /** An unmodifiable list over an array of non-null elements. */
    static final class ListN<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final Object[] elements;

        ListN(Object[] elements) {
            this.elements = elements;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            Objects.checkIndex(index, elements.length);
            return (E) elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = elements.length - 1; i >= 0; i--) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }

        @Override
        public boolean add(E e) {
            throw uoe();
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        @Override
        public void clear() {
            throw uoe();
        }

        @Override
        public boolean remove(Object o) {
            throw uoe();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        @Override
        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        @Override
        public E set(int index, E element) {
            throw uoe();
        }

        @Override
        public void add(int index, E element) {
            throw uoe();
        }

        @Override
        public E remove(int index) {
            throw uoe();
        }

        @Override
        public Spliterator<E> spliterator() {
            return Spliterators.spliterator(elements, Spliterator.ORDERED | Spliterator.IMMUTABLE
                | Spliterator.NONNULL);
        }
    }

    /** An unmodifiable set of non-null distinct elements, in the order given. */
    static final class SetN<E> extends AbstractSet<E> implements java.io.Serializable {
        private final Object[] elements;
        private final HashSet<Object> index;

        SetN(Object[] given) {
            elements = new Object[given.length];
            index = new HashSet<>();
            for (int i = 0; i < given.length; i++) {
                Object e = Objects.requireNonNull(given[i]);
                if (!index.add(e)) {
                    throw new IllegalArgumentException("duplicate element: " + e);
                }
                elements[i] = e;
            }
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public boolean contains(Object o) {
            return index.contains(Objects.requireNonNull(o));
        }

        @Override
        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < elements.length;
                }

                @Override
                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return (E) elements[i++];
                }
            };
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }

        @Override
        public boolean add(E e) {
            throw uoe();
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        @Override
        public void clear() {
            throw uoe();
        }

        @Override
        public boolean remove(Object o) {
            throw uoe();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        @Override
        public Spliterator<E> spliterator() {
            return Spliterators.spliterator(elements, Spliterator.DISTINCT | Spliterator.IMMUTABLE
                | Spliterator.NONNULL);
        }
    }

    /** An unmodifiable entry of a non-null key and value. */
    static final class KeyValue<K, V> implements Map.Entry<K, V>, java.io.Serializable {
        final K key;
        final V value;

        KeyValue(K key, V value) {
            this.key = Objects.requireNonNull(key);
            this.value = Objects.requireNonNull(value);
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
            throw uoe();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry && key.equals(((Map.Entry<?, ?>) o).getKey())
                && value.equals(((Map.Entry<?, ?>) o).getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ value.hashCode();
        }

        @Override
        public String toString() {
            return new StringBuilder().append(key).append('=').append(value).toString();
        }
    }

    /** An unmodifiable map of non-null keys and values, in the order given. */
    static final class MapN<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        private final LinkedHashMap<K, V> map;
        private final Set<Map.Entry<K, V>> entries;

        @SuppressWarnings("unchecked")
        MapN(Object[] kv) {
            map = new LinkedHashMap<>();
            Object[] es = new Object[kv.length / 2];
            for (int i = 0; i < kv.length; i += 2) {
                K k = (K) Objects.requireNonNull(kv[i]);
                V v = (V) Objects.requireNonNull(kv[i + 1]);
                if (map.put(k, v) != null) {
                    throw new IllegalArgumentException("duplicate key: " + k);
                }
                es[i / 2] = new KeyValue<K, V>(k, v);
            }
            entries = new SetN<>(es);
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return entries;
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public V get(Object key) {
            return map.get(Objects.requireNonNull(key));
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(Objects.requireNonNull(key));
        }

        @Override
        public boolean containsValue(Object value) {
            return map.containsValue(Objects.requireNonNull(value));
        }

        @Override
        public V getOrDefault(Object key, V defaultValue) {
            V v = get(key);
            return v != null ? v : defaultValue;
        }

        @Override
        public V put(K key, V value) {
            throw uoe();
        }

        @Override
        public V remove(Object key) {
            throw uoe();
        }

        @Override
        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        @Override
        public void clear() {
            throw uoe();
        }

        @Override
        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        @Override
        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        @Override
        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        @Override
        public V replace(K key, V value) {
            throw uoe();
        }

        @Override
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        @Override
        public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
            throw uoe();
        }

        @Override
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        @Override
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        @Override
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
            throw uoe();
        }
    }
}
