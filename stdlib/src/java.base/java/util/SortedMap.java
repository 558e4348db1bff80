package java.util;

/** A map ordered by its keys. */
public interface SortedMap<K, V> extends Map<K, V> {
    /** The comparator, or null for natural order. */
    Comparator<? super K> comparator();

    /** The view of keys in {@code [fromKey, toKey)}. */
    SortedMap<K, V> subMap(K fromKey, K toKey);

    /** The view of keys below {@code toKey}. */
    SortedMap<K, V> headMap(K toKey);

    /** The view of keys from {@code fromKey} on. */
    SortedMap<K, V> tailMap(K fromKey);

    /** The lowest key; NoSuchElementException if empty. */
    K firstKey();

    /** The highest key; NoSuchElementException if empty. */
    K lastKey();
}
