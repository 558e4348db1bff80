package java.io;

/** A writer that buffers characters for another writer and writes line separators. */
public class BufferedWriter extends Writer {
    private Writer out;
    private final char[] buf;
    private int count;

    /** With an 8192-character buffer. */
    public BufferedWriter(Writer out) {
        this(out, 8192);
    }

    /** With a buffer of {@code sz} characters. */
    public BufferedWriter(Writer out, int sz) {
        super(out);
        if (sz <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.out = out;
        this.buf = new char[sz];
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (count == buf.length) {
                flushBuffer();
            }
            buf[count++] = (char) c;
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        synchronized (lock) {
            ensureOpen();
            if (len >= buf.length) {
                flushBuffer();
                out.write(cbuf, off, len);
                return;
            }
            for (int i = 0; i < len; i++) {
                if (count == buf.length) {
                    flushBuffer();
                }
                buf[count++] = cbuf[off + i];
            }
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        char[] chars = new char[len];
        s.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    /** Writes the line separator ({@code line.separator}). */
    public void newLine() throws IOException {
        write(System.lineSeparator());
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            flushBuffer();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (out == null) {
                return;
            }
            try {
                flushBuffer();
            } finally {
                out.close();
                out = null;
            }
        }
    }
}
