package java.util;

/** The obsolete abstract parent of {@link Hashtable}: a key-to-value mapping with enumerations. */
public abstract class Dictionary<K, V> {
    /** For subclasses. */
    public Dictionary() {
    }

    /** The number of entries. */
    public abstract int size();

    /** Whether there are no entries. */
    public abstract boolean isEmpty();

    /** An enumeration of the keys. */
    public abstract Enumeration<K> keys();

    /** An enumeration of the values. */
    public abstract Enumeration<V> elements();

    /** The value for {@code key}, or null. */
    public abstract V get(Object key);

    /** Maps {@code key} to {@code value}, returning the previous value. */
    public abstract V put(K key, V value);

    /** Removes {@code key}, returning its value. */
    public abstract V remove(Object key);
}
