package java.nio;

/**
 * A linear, finite sequence of elements of one primitive type with the Java SE {@code Buffer} bookkeeping:
 * {@code 0 <= mark <= position <= limit <= capacity}. Cortado has heap buffers only ({@link CharBuffer}).
 */
public abstract class Buffer {
    private int mark = -1;
    private int position;
    private int limit;
    private final int capacity;

    Buffer(int capacity) {
        this.capacity = capacity;
        this.limit = capacity;
    }

    /** The number of elements the buffer holds. */
    public final int capacity() {
        return capacity;
    }

    /** The index of the next element read or written. */
    public final int position() {
        return position;
    }

    /** Sets the position (dropping a mark above it). */
    public Buffer position(int newPosition) {
        if (newPosition < 0 || newPosition > limit) {
            throw new IllegalArgumentException("newPosition > limit: (" + newPosition + " > " + limit + ")");
        }
        if (mark > newPosition) {
            mark = -1;
        }
        position = newPosition;
        return this;
    }

    /** The index of the first element that is not read or written. */
    public final int limit() {
        return limit;
    }

    /** Sets the limit (pulling the position and mark below it). */
    public Buffer limit(int newLimit) {
        if (newLimit < 0 || newLimit > capacity) {
            throw new IllegalArgumentException("newLimit > capacity: (" + newLimit + " > " + capacity + ")");
        }
        limit = newLimit;
        if (position > newLimit) {
            position = newLimit;
        }
        if (mark > newLimit) {
            mark = -1;
        }
        return this;
    }

    /** Marks the position. */
    public Buffer mark() {
        mark = position;
        return this;
    }

    /** Returns to the mark. */
    public Buffer reset() {
        if (mark < 0) {
            throw new InvalidMarkException();
        }
        position = mark;
        return this;
    }

    /** Position 0, limit at capacity, no mark: ready to be filled. */
    public Buffer clear() {
        position = 0;
        limit = capacity;
        mark = -1;
        return this;
    }

    /** Limit at the position, position 0, no mark: ready to be drained. */
    public Buffer flip() {
        limit = position;
        position = 0;
        mark = -1;
        return this;
    }

    /** Position 0, no mark: ready to be read again. */
    public Buffer rewind() {
        position = 0;
        mark = -1;
        return this;
    }

    /** Elements between the position and the limit. */
    public final int remaining() {
        int r = limit - position;
        return Math.max(r, 0);
    }

    /** Whether any element lies between the position and the limit. */
    public final boolean hasRemaining() {
        return position < limit;
    }

    /** Whether writes are refused. */
    public abstract boolean isReadOnly();

    /** Whether an accessible array backs the buffer. */
    public abstract boolean hasArray();

    /** The backing array. */
    public abstract Object array();

    /** The index in the backing array of element 0. */
    public abstract int arrayOffset();

    /** Always false: Cortado has no direct buffers. */
    public abstract boolean isDirect();

    /** The index for a relative get, advancing the position. */
    final int nextGetIndex() {
        if (position >= limit) {
            throw new BufferUnderflowException();
        }
        return position++;
    }

    /** The first of {@code n} indices for a relative get. */
    final int nextGetIndex(int n) {
        if (limit - position < n) {
            throw new BufferUnderflowException();
        }
        int p = position;
        position += n;
        return p;
    }

    /** The index for a relative put, advancing the position. */
    final int nextPutIndex() {
        if (position >= limit) {
            throw new BufferOverflowException();
        }
        return position++;
    }

    /** The first of {@code n} indices for a relative put. */
    final int nextPutIndex(int n) {
        if (limit - position < n) {
            throw new BufferOverflowException();
        }
        int p = position;
        position += n;
        return p;
    }

    /** {@code i} if it is below the limit, else {@code IndexOutOfBoundsException}. */
    final int checkIndex(int i) {
        if (i < 0 || i >= limit) {
            throw new IndexOutOfBoundsException("Index " + i + " out of bounds for length " + limit);
        }
        return i;
    }

    final int markValue() {
        return mark;
    }

    final void discardMark() {
        mark = -1;
    }
}
