package java.io;

import cortado.internal.Text;
import java.nio.charset.Charset;

/**
 * A writer encoding characters onto an output stream (UTF-8, ISO-8859-1 or US-ASCII; unencodable characters
 * become {@code ?}). Characters are buffered (8192) and encoded when the buffer fills or on flush and close.
 */
public class OutputStreamWriter extends Writer {
    private OutputStream out;
    private final int charset;
    private final char[] buf = new char[8192];
    private int count;

    /** Encoding in the default charset. */
    public OutputStreamWriter(OutputStream out) {
        this(out, Text.defaultCharsetId());
    }

    /** Encoding in the named charset. */
    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out, idOf(charsetName));
    }

    /** Encoding in {@code cs}. */
    public OutputStreamWriter(OutputStream out, Charset cs) {
        this(out, Text.charsetId(cs.name()));
    }

    private OutputStreamWriter(OutputStream out, int charset) {
        super(out);
        this.out = out;
        this.charset = charset < 0 ? Text.UTF_8 : charset;
    }

    private static int idOf(String name) throws UnsupportedEncodingException {
        if (name == null) {
            throw new NullPointerException("charsetName");
        }
        int id = Text.charsetId(name);
        if (id < 0) {
            throw new UnsupportedEncodingException(name);
        }
        return id;
    }

    /** The historical name of the charset. */
    public String getEncoding() {
        if (out == null) {
            return null;
        }
        return charset == Text.ISO_8859_1 ? "ISO8859_1" : charset == Text.US_ASCII ? "ASCII" : "UTF8";
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    /** Encodes the buffered characters onto the stream, keeping a trailing high surrogate back. */
    private void drain() throws IOException {
        int n = count;
        if (n > 0 && Character.isHighSurrogate(buf[n - 1])) {
            n--;
        }
        if (n == 0) {
            return;
        }
        byte[] bytes = Text.encode(buf, 0, n, charset);
        out.write(bytes, 0, bytes.length);
        System.arraycopy(buf, n, buf, 0, count - n);
        count -= n;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        synchronized (lock) {
            ensureOpen();
            for (int i = 0; i < len; i++) {
                if (count == buf.length) {
                    drain();
                }
                buf[count++] = cbuf[off + i];
            }
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        char[] chars = new char[len];
        str.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            drain();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (out == null) {
                return;
            }
            if (count > 0) {
                byte[] bytes = Text.encode(buf, 0, count, charset);
                out.write(bytes, 0, bytes.length);
                count = 0;
            }
            out.flush();
            out.close();
            out = null;
        }
    }
}
