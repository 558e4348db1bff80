package java.io;

/** A destination of bytes. */
public abstract class OutputStream implements Closeable, Flushable {
    /** For subclasses. */
    public OutputStream() {
    }

    /** Writes the low eight bits of {@code b}. */
    public abstract void write(int b) throws IOException;

    /** Writes all of {@code b}. */
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /** Writes {@code len} bytes of {@code b} from {@code off}. */
    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    static void checkFromIndexSize(int off, int len, int length) {
        if ((length | off | len) < 0 || len > length - off) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + length);
        }
    }

    /** Does nothing by default. */
    @Override
    public void flush() throws IOException {
    }

    /** Does nothing by default. */
    @Override
    public void close() throws IOException {
    }

    /** An output stream that discards everything. */
    public static OutputStream nullOutputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void write(byte[] b, int off, int len) {
                checkFromIndexSize(off, len, b.length);
            }
        };
    }
}
