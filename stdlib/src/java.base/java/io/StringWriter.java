package java.io;

/** A writer that collects characters in a string buffer. */
public class StringWriter extends Writer {
    private final StringBuffer buf;

    /** An empty writer. */
    public StringWriter() {
        buf = new StringBuffer();
        lock = buf;
    }

    /** An empty writer with the given initial capacity. */
    public StringWriter(int initialSize) {
        if (initialSize < 0) {
            throw new IllegalArgumentException("Negative buffer size");
        }
        buf = new StringBuffer(initialSize);
        lock = buf;
    }

    @Override
    public void write(int c) {
        buf.append((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        buf.append(cbuf, off, len);
    }

    @Override
    public void write(String str) {
        buf.append(str);
    }

    @Override
    public void write(String str, int off, int len) {
        buf.append(str, off, off + len);
    }

    @Override
    public StringWriter append(CharSequence csq) {
        buf.append(csq);
        return this;
    }

    @Override
    public StringWriter append(CharSequence csq, int start, int end) {
        buf.append(csq == null ? "null" : csq, start, end);
        return this;
    }

    @Override
    public StringWriter append(char c) {
        buf.append(c);
        return this;
    }

    /** The characters written so far. */
    @Override
    public String toString() {
        return buf.toString();
    }

    /** The buffer itself. */
    public StringBuffer getBuffer() {
        return buf;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
    }
}
