package java.io;

/** A destination of characters. */
public abstract class Writer implements Appendable, Closeable, Flushable {
    /** The object writes synchronize on. */
    protected Object lock;

    /** Synchronizing on this writer. */
    protected Writer() {
        this.lock = this;
    }

    /** Synchronizing on {@code lock}. */
    protected Writer(Object lock) {
        if (lock == null) {
            throw new NullPointerException();
        }
        this.lock = lock;
    }

    /** Writes one character. */
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    /** Writes all of {@code cbuf}. */
    public void write(char[] cbuf) throws IOException {
        write(cbuf, 0, cbuf.length);
    }

    /** Writes {@code len} characters of {@code cbuf} from {@code off}. */
    public abstract void write(char[] cbuf, int off, int len) throws IOException;

    /** Writes {@code str}. */
    public void write(String str) throws IOException {
        write(str, 0, str.length());
    }

    /** Writes {@code len} characters of {@code str} from {@code off}. */
    public void write(String str, int off, int len) throws IOException {
        char[] chars = new char[len];
        str.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq == null) {
            csq = "null";
        }
        write(csq.subSequence(start, end).toString());
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    @Override
    public abstract void flush() throws IOException;

    @Override
    public abstract void close() throws IOException;
}
