package java.util.concurrent;

import java.util.Map;

/**
 * A map whose compound operations ({@code putIfAbsent}, {@code remove(k, v)}, {@code replace}, ...) are atomic.
 * The default methods inherited from {@link Map} are correct for implementations that make each of those atomic
 * (Cortado's {@link ConcurrentHashMap} overrides them with synchronized versions).
 */
public interface ConcurrentMap<K, V> extends Map<K, V> {
    @Override
    V putIfAbsent(K key, V value);

    @Override
    boolean remove(Object key, Object value);

    @Override
    boolean replace(K key, V oldValue, V newValue);

    @Override
    V replace(K key, V value);
}
