package java.io;

/** A source of characters. */
public abstract class Reader implements Readable, Closeable {
    /** The object reads synchronize on. */
    protected Object lock;

    /** Synchronizing on this reader. */
    protected Reader() {
        this.lock = this;
    }

    /** Synchronizing on {@code lock}. */
    protected Reader(Object lock) {
        if (lock == null) {
            throw new NullPointerException();
        }
        this.lock = lock;
    }

    /** The next character, or -1 at the end. */
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    /** Reads into the remaining space of {@code target}; the number read, or -1 at the end. */
    public int read(java.nio.CharBuffer target) throws IOException {
        char[] chunk = new char[target.remaining()];
        int n = read(chunk, 0, chunk.length);
        if (n > 0) {
            target.put(chunk, 0, n);
        }
        return n;
    }

    /** Reads up to {@code cbuf.length} characters; the number read, or -1 at the end. */
    public int read(char[] cbuf) throws IOException {
        return read(cbuf, 0, cbuf.length);
    }

    /** Reads up to {@code len} characters into {@code cbuf} from {@code off}; the number read, or -1 at the end. */
    public abstract int read(char[] cbuf, int off, int len) throws IOException;

    /** Skips up to {@code n} characters. */
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    /** Whether a read would not block: false by default. */
    public boolean ready() throws IOException {
        return false;
    }

    /** Whether {@link #mark} is supported: not by default. */
    public boolean markSupported() {
        return false;
    }

    /** Marks the present position; by default IOException ("mark() not supported"). */
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark() not supported");
    }

    /** Back to the mark; by default IOException ("reset() not supported"). */
    public void reset() throws IOException {
        throw new IOException("reset() not supported");
    }

    @Override
    public abstract void close() throws IOException;
}
