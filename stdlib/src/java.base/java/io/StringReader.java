package java.io;

/** A reader of the characters of a string. */
public class StringReader extends Reader {
    private String str;
    private int next;
    private int mark;

    /** Reading {@code s}. */
    public StringReader(String s) {
        this.str = s;
    }

    private void ensureOpen() throws IOException {
        if (str == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return next < str.length() ? str.charAt(next++) : -1;
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        synchronized (lock) {
            ensureOpen();
            if (len == 0) {
                return 0;
            }
            if (next >= str.length()) {
                return -1;
            }
            int n = Math.min(len, str.length() - next);
            str.getChars(next, next + n, cbuf, off);
            next += n;
            return n;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        synchronized (lock) {
            ensureOpen();
            long k = Math.max(-next, Math.min(n, str.length() - next));
            next += (int) k;
            return k;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return true;
        }
    }

    /** Marks are supported. */
    @Override
    public boolean markSupported() {
        return true;
    }

    /** Marks the present position. */
    @Override
    public void mark(int readAheadLimit) throws IOException {
        if (readAheadLimit < 0) {
            throw new IllegalArgumentException("Read-ahead limit < 0");
        }
        synchronized (lock) {
            ensureOpen();
            mark = next;
        }
    }

    /** Back to the mark (or the start). */
    @Override
    public void reset() throws IOException {
        synchronized (lock) {
            ensureOpen();
            next = mark;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            str = null;
        }
    }
}
