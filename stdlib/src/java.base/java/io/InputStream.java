package java.io;

/** A source of bytes. */
public abstract class InputStream implements Closeable {
    /** For subclasses. */
    public InputStream() {
    }

    /** The next byte (0..255), or -1 at the end. */
    public abstract int read() throws IOException;

    /** Reads up to {@code b.length} bytes; the number read, or -1 at the end. */
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    /** Reads up to {@code len} bytes into {@code b} from {@code off}; the number read, or -1 at the end. */
    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int c = read();
        if (c == -1) {
            return -1;
        }
        b[off] = (byte) c;
        int i = 1;
        for (; i < len && available() > 0; i++) {
            c = read();
            if (c == -1) {
                break;
            }
            b[off + i] = (byte) c;
        }
        return i;
    }

    /** Reads everything up to the end. */
    public byte[] readAllBytes() throws IOException {
        byte[] all = new byte[0];
        byte[] chunk = new byte[8192];
        int n;
        while ((n = read(chunk, 0, chunk.length)) > 0) {
            byte[] more = new byte[all.length + n];
            System.arraycopy(all, 0, more, 0, all.length);
            System.arraycopy(chunk, 0, more, all.length, n);
            all = more;
        }
        return all;
    }

    /** Skips up to {@code n} bytes; the number skipped. */
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    /** An estimate of the bytes readable without blocking; 0 by default. */
    public int available() throws IOException {
        return 0;
    }

    /** Does nothing by default. */
    @Override
    public void close() throws IOException {
    }

    /** Whether mark/reset are supported: not by default. */
    public boolean markSupported() {
        return false;
    }

    /** Does nothing by default. */
    public synchronized void mark(int readlimit) {
    }

    /** Not supported by default. */
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
