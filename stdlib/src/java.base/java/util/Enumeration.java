package java.util;

/** The older iteration protocol: {@code hasMoreElements} and {@code nextElement}. */
public interface Enumeration<E> {
    /** Whether there are more elements. */
    boolean hasMoreElements();

    /** The next element. */
    E nextElement();

    /** An iterator over the remaining elements. */
    default Iterator<E> asIterator() {
        return new Iterator<E>() {
            @Override
            public boolean hasNext() {
                return hasMoreElements();
            }

            @Override
            public E next() {
                return nextElement();
            }
        };
    }
}
