package java.lang;

import java.util.Iterator;

/** Something whose elements can be iterated: the target of the enhanced {@code for} statement. */
public interface Iterable<T> {
    /** A new iterator over the elements. */
    Iterator<T> iterator();

    /** Performs {@code action} on each element in iteration order. */
    default void forEach(java.util.function.Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        Iterator<T> it = iterator();
        while (it.hasNext()) {
            action.accept(it.next());
        }
    }
}
