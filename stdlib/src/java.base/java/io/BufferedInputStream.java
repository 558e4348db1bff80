package java.io;

/** An input stream that reads another in blocks into a buffer. */
public class BufferedInputStream extends InputStream {
    private final InputStream in;
    private final byte[] buf;
    private int pos;
    private int count;

    /** With an 8192-byte buffer. */
    public BufferedInputStream(InputStream in) {
        this(in, 8192);
    }

    /** With a buffer of {@code size} bytes. */
    public BufferedInputStream(InputStream in, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = in;
        this.buf = new byte[size];
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        count = n < 0 ? 0 : n;
        return n > 0;
    }

    @Override
    public synchronized int read() throws IOException {
        if (pos >= count && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (pos >= count && !fill()) {
            return -1;
        }
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public synchronized int available() throws IOException {
        return count - pos + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
