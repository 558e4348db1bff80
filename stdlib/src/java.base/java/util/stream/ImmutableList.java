package java.util.stream;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The unmodifiable list {@code Stream.toList()} returns: a fixed array, nulls allowed; every mutator throws
 * {@code UnsupportedOperationException}.
 */
final class ImmutableList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;

    ImmutableList(Object[] elements) {
        this.elements = elements;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= elements.length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + elements.length);
        }
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
