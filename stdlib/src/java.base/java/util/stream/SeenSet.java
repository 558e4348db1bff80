package java.util.stream;

import java.util.Objects;

/**
 * The elements {@code distinct()} has passed on: an open-addressing hash set by {@code equals}/{@code hashCode}
 * that admits null. Only membership matters (order comes from the stream), so the layout is free.
 */
final class SeenSet {
    private static final Object NULL = new Object();
    private Object[] table = new Object[16];
    private int size;

    /** Adds {@code o}; whether it was absent. */
    boolean add(Object o) {
        Object key = o == null ? NULL : o;
        if ((size + 1) * 4 > table.length * 3) {
            grow();
        }
        int mask = table.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (Object cur; (cur = table[i]) != null; i = (i + 1) & mask) {
            if (cur == key || (key != NULL && cur != NULL && Objects.equals(cur, key))) {
                return false;
            }
        }
        table[i] = key;
        size++;
        return true;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        Object[] old = table;
        table = new Object[old.length * 2];
        int mask = table.length - 1;
        for (Object key : old) {
            if (key != null) {
                int i = spread(key.hashCode()) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = key;
            }
        }
    }
}
