package java.io;

/** A reader that buffers another and reads lines. */
public class BufferedReader extends Reader {
    private Reader in;
    private final char[] buf;
    private int pos;
    private int count;
    /** The last line ended with '\r': a following '\n' belongs to it. */
    private boolean skipLf;

    /** With an 8192-character buffer. */
    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    /** With a buffer of {@code size} characters. */
    public BufferedReader(Reader in, int size) {
        super(in);
        if (size <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = in;
        this.buf = new char[size];
    }

    private void ensureOpen() throws IOException {
        if (in == null) {
            throw new IOException("Stream closed");
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        count = n < 0 ? 0 : n;
        return n > 0;
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            while (true) {
                if (pos >= count && !fill()) {
                    return -1;
                }
                char c = buf[pos++];
                if (skipLf) {
                    skipLf = false;
                    if (c == '\n') {
                        continue;
                    }
                }
                return c;
            }
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        synchronized (lock) {
            int c = read();
            if (c < 0) {
                return -1;
            }
            cbuf[off] = (char) c;
            int n = 1;
            while (n < len && pos < count) {
                cbuf[off + n++] = buf[pos++];
            }
            return n;
        }
    }

    /** The next line without its terminator ({@code \n}, {@code \r} or {@code \r\n}), or null at the end. */
    public String readLine() throws IOException {
        synchronized (lock) {
            ensureOpen();
            StringBuilder line = null;
            while (true) {
                if (pos >= count && !fill()) {
                    return line == null ? null : line.toString();
                }
                if (skipLf) {
                    skipLf = false;
                    if (buf[pos] == '\n') {
                        pos++;
                        continue;
                    }
                }
                int start = pos;
                while (pos < count && buf[pos] != '\n' && buf[pos] != '\r') {
                    pos++;
                }
                if (line == null) {
                    line = new StringBuilder(pos - start + 16);
                }
                line.append(buf, start, pos - start);
                if (pos < count) {
                    if (buf[pos] == '\r') {
                        skipLf = true;
                    }
                    pos++;
                    return line.toString();
                }
            }
        }
    }

    /**
     * The remaining lines as a stream. The lines are read when the stream is made (an IOException then becomes an
     * UncheckedIOException), which is observably the same for the sequential pipelines programs build.
     */
    public java.util.stream.Stream<String> lines() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        try {
            String line;
            while ((line = readLine()) != null) {
                all.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.stream();
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return pos < count || in.ready();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (in != null) {
                in.close();
                in = null;
            }
        }
    }
}
