package java.util;

/** A sorted map with closest-match navigation and descending views. */
public interface NavigableMap<K, V> extends SortedMap<K, V> {
    /** The greatest entry with key strictly less than {@code key}, or null. */
    Map.Entry<K, V> lowerEntry(K key);

    /** The greatest key strictly less than {@code key}, or null. */
    K lowerKey(K key);

    /** The greatest entry with key at most {@code key}, or null. */
    Map.Entry<K, V> floorEntry(K key);

    /** The greatest key at most {@code key}, or null. */
    K floorKey(K key);

    /** The least entry with key at least {@code key}, or null. */
    Map.Entry<K, V> ceilingEntry(K key);

    /** The least key at least {@code key}, or null. */
    K ceilingKey(K key);

    /** The least entry with key strictly greater than {@code key}, or null. */
    Map.Entry<K, V> higherEntry(K key);

    /** The least key strictly greater than {@code key}, or null. */
    K higherKey(K key);

    /** The lowest entry, or null. */
    Map.Entry<K, V> firstEntry();

    /** The highest entry, or null. */
    Map.Entry<K, V> lastEntry();

    /** Removes and returns the lowest entry, or null. */
    Map.Entry<K, V> pollFirstEntry();

    /** Removes and returns the highest entry, or null. */
    Map.Entry<K, V> pollLastEntry();

    /** A reverse-order view. */
    NavigableMap<K, V> descendingMap();

    /** The keys in order. */
    NavigableSet<K> navigableKeySet();

    /** The keys in reverse order. */
    NavigableSet<K> descendingKeySet();

    /** The view of the keys between the bounds. */
    NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive);

    /** The view of the keys below (or up to) {@code toKey}. */
    NavigableMap<K, V> headMap(K toKey, boolean inclusive);

    /** The view of the keys above (or from) {@code fromKey}. */
    NavigableMap<K, V> tailMap(K fromKey, boolean inclusive);

    @Override
    SortedMap<K, V> subMap(K fromKey, K toKey);

    @Override
    SortedMap<K, V> headMap(K toKey);

    @Override
    SortedMap<K, V> tailMap(K fromKey);
}
