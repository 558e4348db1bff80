package java.util;

/** An iterator over a collection: hasNext, next, and optionally remove. */
public interface Iterator<E> {
    /** Whether there are more elements. */
    boolean hasNext();

    /** The next element; NoSuchElementException if there is none. */
    E next();

    /** Removes the last element returned; unsupported by default. */
    default void remove() {
        throw new UnsupportedOperationException("remove");
    }

    /** Performs {@code action} on each remaining element. */
    default void forEachRemaining(java.util.function.Consumer<? super E> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        while (hasNext()) {
            action.accept(next());
        }
    }
}
