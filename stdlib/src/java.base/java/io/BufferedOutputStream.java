package java.io;

/** An output stream that collects bytes in a buffer and writes them to another stream in blocks. */
public class BufferedOutputStream extends FilterOutputStream {
    /** The buffer. */
    protected byte[] buf;
    /** The number of bytes in the buffer. */
    protected int count;

    /** With an 8192-byte buffer. */
    public BufferedOutputStream(OutputStream out) {
        this(out, 8192);
    }

    /** With a buffer of {@code size} bytes. */
    public BufferedOutputStream(OutputStream out, int size) {
        super(out);
        if (size <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        buf = new byte[size];
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (count >= buf.length) {
            flushBuffer();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        if (len >= buf.length) {
            flushBuffer();
            out.write(b, off, len);
            return;
        }
        if (len > buf.length - count) {
            flushBuffer();
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public synchronized void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
}
