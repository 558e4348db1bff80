package java.util.stream;

import java.util.Arrays;

/**
 * The storage behind the stream builders: elements (boxed for the primitive shapes) appended until
 * {@code build()}, after which the builder refuses further use with {@code IllegalStateException}.
 */
class Buffer {
    private Object[] elements = new Object[8];
    private int count;
    private boolean built;

    /** Appends {@code o}. */
    final void addElement(Object o) {
        if (built) {
            throw new IllegalStateException();
        }
        if (count == elements.length) {
            elements = Arrays.copyOf(elements, count * 2);
        }
        elements[count++] = o;
    }

    /** A source over the added elements of the given shape; the builder is spent afterwards. */
    final Source buildSource(int shape) {
        if (built) {
            throw new IllegalStateException();
        }
        built = true;
        Object[] a = elements;
        elements = null;
        return new IndexSource.Boxed(a, shape, 0, count);
    }

    /** An object source over the added elements. */
    final Source buildSource() {
        return buildSource(Pipeline.REF);
    }
}
