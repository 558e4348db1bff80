package java.nio;

import java.io.IOException;

/**
 * A buffer of chars, as Java SE specifies it: relative and absolute get/put, bulk transfers, slices and
 * duplicates that share content, read-only views, and the {@code CharSequence} view of the remaining chars
 * (so {@code toString}, {@code length} and {@code charAt} are relative to the position). Cortado has heap
 * buffers only: every buffer is a window on a {@code char[]}; {@link #wrap(CharSequence)} copies the sequence's
 * chars into a read-only one.
 */
public abstract class CharBuffer extends Buffer implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    final char[] hb;
    final int offset;
    final boolean readOnly;

    CharBuffer(char[] hb, int offset, int capacity, boolean readOnly) {
        super(capacity);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    /** The one implementation. */
    private static final class Heap extends CharBuffer {
        Heap(char[] hb, int offset, int capacity, boolean readOnly) {
            super(hb, offset, capacity, readOnly);
        }
    }

    /** A new buffer of {@code capacity} zero chars. */
    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new Heap(new char[capacity], 0, capacity, false);
    }

    /** A buffer on {@code array} (writes go through to it), positioned at {@code offset}, limited at offset + length. */
    public static CharBuffer wrap(char[] array, int offset, int length) {
        if (offset < 0 || length < 0 || offset > array.length - length) {
            throw new IndexOutOfBoundsException();
        }
        CharBuffer b = new Heap(array, 0, array.length, false);
        b.limit(offset + length);
        b.position(offset);
        return b;
    }

    /** A buffer on the whole of {@code array}. */
    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    /** A read-only buffer holding {@code csq}, positioned at {@code start}, limited at {@code end}. */
    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        int n = csq.length();
        if (start < 0 || start > n || end < start || end > n) {
            throw new IndexOutOfBoundsException();
        }
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = csq.charAt(i);
        }
        CharBuffer b = new Heap(chars, 0, n, true);
        b.limit(end);
        b.position(start);
        return b;
    }

    /** A read-only buffer holding {@code csq}. */
    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    /** A buffer on the remaining chars, sharing them, with its own position and limit. */
    public CharBuffer slice() {
        return new Heap(hb, offset + position(), remaining(), readOnly);
    }

    /** A buffer on chars [index, index + length) of this one, sharing them. */
    public CharBuffer slice(int index, int length) {
        if (index < 0 || length < 0 || index > limit() - length) {
            throw new IndexOutOfBoundsException();
        }
        return new Heap(hb, offset + index, length, readOnly);
    }

    /** A buffer sharing the content, with the same position, limit and mark. */
    public CharBuffer duplicate() {
        return copyState(new Heap(hb, offset, capacity(), readOnly));
    }

    /** A read-only buffer sharing the content. */
    public CharBuffer asReadOnlyBuffer() {
        return copyState(new Heap(hb, offset, capacity(), true));
    }

    private CharBuffer copyState(CharBuffer b) {
        b.limit(limit());
        int m = markValue();
        if (m >= 0) {
            b.position(m);
            b.mark();
        }
        b.position(position());
        return b;
    }

    private void writable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    /** The char at the position, advancing it. */
    public char get() {
        return hb[offset + nextGetIndex()];
    }

    /** The char at {@code index}. */
    public char get(int index) {
        return hb[offset + checkIndex(index)];
    }

    /** Copies {@code length} chars into {@code dst} from {@code off}, advancing the position. */
    public CharBuffer get(char[] dst, int off, int length) {
        if (off < 0 || length < 0 || off > dst.length - length) {
            throw new IndexOutOfBoundsException();
        }
        System.arraycopy(hb, offset + nextGetIndex(length), dst, off, length);
        return this;
    }

    /** Fills {@code dst} from the position. */
    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    /** Writes {@code c} at the position, advancing it. */
    public CharBuffer put(char c) {
        writable();
        hb[offset + nextPutIndex()] = c;
        return this;
    }

    /** Writes {@code c} at {@code index}. */
    public CharBuffer put(int index, char c) {
        writable();
        hb[offset + checkIndex(index)] = c;
        return this;
    }

    /** Writes {@code length} chars of {@code src} from {@code off}, advancing the position. */
    public CharBuffer put(char[] src, int off, int length) {
        writable();
        if (off < 0 || length < 0 || off > src.length - length) {
            throw new IndexOutOfBoundsException();
        }
        System.arraycopy(src, off, hb, offset + nextPutIndex(length), length);
        return this;
    }

    /** Writes all of {@code src}. */
    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    /** Writes chars [start, end) of {@code src}. */
    public CharBuffer put(String src, int start, int end) {
        writable();
        if (start < 0 || start > src.length() || end < start || end > src.length()) {
            throw new IndexOutOfBoundsException();
        }
        src.getChars(start, end, hb, offset + nextPutIndex(end - start));
        return this;
    }

    /** Writes all of {@code src}. */
    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    /** Moves the remaining chars of {@code src} into this buffer. */
    public CharBuffer put(CharBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        writable();
        int n = src.remaining();
        if (n > remaining()) {
            throw new BufferOverflowException();
        }
        System.arraycopy(src.hb, src.offset + src.nextGetIndex(n), hb, offset + nextPutIndex(n), n);
        return this;
    }

    /** Moves the remaining chars to the start; position after them, limit at capacity. */
    public CharBuffer compact() {
        writable();
        int n = remaining();
        System.arraycopy(hb, offset + position(), hb, offset, n);
        position(n);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public final boolean hasArray() {
        return !readOnly;
    }

    @Override
    public final char[] array() {
        writable();
        return hb;
    }

    @Override
    public final int arrayOffset() {
        writable();
        return offset;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public boolean isDirect() {
        return false;
    }

    // Covariant returns, as the API declares them.

    @Override
    public CharBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public CharBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public CharBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public CharBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public CharBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public CharBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public CharBuffer rewind() {
        super.rewind();
        return this;
    }

    // CharSequence: the remaining chars.

    /** The remaining chars as a string. */
    @Override
    public String toString() {
        return new String(hb, offset + position(), remaining());
    }

    /** The number of remaining chars. */
    @Override
    public final int length() {
        return remaining();
    }

    /** The char {@code index} places after the position. */
    @Override
    public final char charAt(int index) {
        if (index < 0 || index >= remaining()) {
            throw new IndexOutOfBoundsException();
        }
        return hb[offset + position() + index];
    }

    /** A buffer sharing the content, on the remaining chars [start, end). */
    @Override
    public CharBuffer subSequence(int start, int end) {
        int p = position();
        if (start < 0 || end > remaining() || start > end) {
            throw new IndexOutOfBoundsException();
        }
        CharBuffer b = new Heap(hb, offset, capacity(), readOnly);
        b.limit(p + end);
        b.position(p + start);
        return b;
    }

    /** Whether the remaining chars are empty. */
    public final boolean isEmpty() {
        return remaining() == 0;
    }

    // Appendable.

    @Override
    public CharBuffer append(CharSequence csq) {
        return put(String.valueOf(csq));
    }

    @Override
    public CharBuffer append(CharSequence csq, int start, int end) {
        return put(String.valueOf(csq == null ? "null" : csq).substring(start, end));
    }

    @Override
    public CharBuffer append(char c) {
        return put(c);
    }

    // Readable.

    /** Moves as many remaining chars as fit into {@code target}; -1 if none remain. */
    @Override
    public int read(CharBuffer target) throws IOException {
        int n = remaining();
        if (n == 0) {
            return -1;
        }
        int room = target.remaining();
        if (room == 0) {
            return 0;
        }
        int k = Math.min(n, room);
        target.put(hb, offset + position(), k);
        position(position() + k);
        return k;
    }

    // Comparison of the remaining chars.

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = limit() - 1; i >= position(); i--) {
            h = 31 * h + get(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CharBuffer)) {
            return false;
        }
        CharBuffer that = (CharBuffer) o;
        return remaining() == that.remaining() && compareTo(that) == 0;
    }

    @Override
    public int compareTo(CharBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        for (int i = 0; i < n; i++) {
            int c = Character.compare(get(position() + i), that.get(that.position() + i));
            if (c != 0) {
                return c;
            }
        }
        return remaining() - that.remaining();
    }
}
