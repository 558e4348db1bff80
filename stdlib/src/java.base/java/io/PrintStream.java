package java.io;

import cortado.internal.Text;
import java.nio.charset.Charset;

/**
 * An output stream that prints values as text, encoded in a charset, and never throws IOException (it
 * records an error, see {@link #checkError()}). With autoflush (as System.out and System.err have) every
 * print is flushed, as HotSpot's autoflushing streams effectively are; {@code println} writes the text and
 * the line separator in one piece.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private final int charset;
    private boolean trouble;
    private boolean closed;

    /** Printing to {@code out} in the default charset, without autoflush. */
    public PrintStream(OutputStream out) {
        this(out, false);
    }

    /** Printing to {@code out} in the default charset. */
    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, Text.defaultCharsetId());
    }

    /** Printing to {@code out} in the named charset. */
    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush, charsetOf(encoding));
    }

    /** Printing to {@code out} in {@code charset}. */
    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        this(out, autoFlush, Text.charsetId(charset.name()));
    }

    private PrintStream(OutputStream out, boolean autoFlush, int charset) {
        super(requireNonNull(out));
        this.autoFlush = autoFlush;
        this.charset = charset;
    }

    private static OutputStream requireNonNull(OutputStream out) {
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        return out;
    }

    private static int charsetOf(String encoding) throws UnsupportedEncodingException {
        if (encoding == null) {
            throw new NullPointerException("charsetName");
        }
        int id = Text.charsetId(encoding);
        if (id < 0) {
            throw new UnsupportedEncodingException(encoding);
        }
        return id;
    }

    /**
     * A standard stream: autoflush, encoding {@code encoding} when it names UTF-8 or ISO-8859-1, else
     * US-ASCII (unencodable characters become {@code ?}).
     */
    public static PrintStream forStandardStream(OutputStream out, String encoding) {
        int id = encoding == null ? -1 : Text.charsetId(encoding);
        return new PrintStream(out, true, id < 0 ? Text.US_ASCII : id);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** Writes the encoded text; flushes if autoflush. */
    private void writeText(String s) {
        try {
            synchronized (this) {
                ensureOpen();
                byte[] bytes = Text.encodeString(s, charset);
                out.write(bytes, 0, bytes.length);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if (b == '\n' && autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    /** Writes all of {@code buf}. */
    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                if (!closed) {
                    out.flush();
                }
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closed) {
                closed = true;
                try {
                    out.close();
                } catch (IOException e) {
                    trouble = true;
                }
            }
        }
    }

    /** Flushes, and tells whether an error ever happened. */
    public boolean checkError() {
        if (!closed) {
            flush();
        }
        return trouble;
    }

    /** Records an error. */
    protected void setError() {
        trouble = true;
    }

    /** Forgets recorded errors. */
    protected void clearError() {
        trouble = false;
    }

    /** Prints {@code b} as {@code String.valueOf(b)} would show it. */
    public void print(boolean b) {
        writeText(String.valueOf(b));
    }

    /** Prints {@code c} as {@code String.valueOf(c)} would show it. */
    public void print(char c) {
        writeText(String.valueOf(c));
    }

    /** Prints {@code i} as {@code String.valueOf(i)} would show it. */
    public void print(int i) {
        writeText(String.valueOf(i));
    }

    /** Prints {@code l} as {@code String.valueOf(l)} would show it. */
    public void print(long l) {
        writeText(String.valueOf(l));
    }

    /** Prints {@code f} as {@code String.valueOf(f)} would show it. */
    public void print(float f) {
        writeText(String.valueOf(f));
    }

    /** Prints {@code d} as {@code String.valueOf(d)} would show it. */
    public void print(double d) {
        writeText(String.valueOf(d));
    }

    /** Prints {@code s} as {@code new String(s)} would show it. */
    public void print(char[] s) {
        writeText(new String(s));
    }

    /** Prints {@code s} as {@code String.valueOf(s)} would show it. */
    public void print(String s) {
        writeText(String.valueOf(s));
    }

    /** Prints {@code obj} as {@code String.valueOf(obj)} would show it. */
    public void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    /** Prints a line separator. */
    public void println() {
        writeText(System.lineSeparator());
    }

    /** Prints {@code b} and a line separator, as one write. */
    public void println(boolean b) {
        writeText(String.valueOf(b) + System.lineSeparator());
    }

    /** Prints {@code c} and a line separator, as one write. */
    public void println(char c) {
        writeText(String.valueOf(c) + System.lineSeparator());
    }

    /** Prints {@code i} and a line separator, as one write. */
    public void println(int i) {
        writeText(String.valueOf(i) + System.lineSeparator());
    }

    /** Prints {@code l} and a line separator, as one write. */
    public void println(long l) {
        writeText(String.valueOf(l) + System.lineSeparator());
    }

    /** Prints {@code f} and a line separator, as one write. */
    public void println(float f) {
        writeText(String.valueOf(f) + System.lineSeparator());
    }

    /** Prints {@code d} and a line separator, as one write. */
    public void println(double d) {
        writeText(String.valueOf(d) + System.lineSeparator());
    }

    /** Prints {@code s} and a line separator, as one write. */
    public void println(char[] s) {
        writeText(new String(s) + System.lineSeparator());
    }

    /** Prints {@code s} and a line separator, as one write. */
    public void println(String s) {
        writeText(String.valueOf(s) + System.lineSeparator());
    }

    /** Prints {@code obj} and a line separator, as one write. */
    public void println(Object obj) {
        writeText(String.valueOf(obj) + System.lineSeparator());
    }

    /** Prints {@code String.format(format, args)}. */
    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    /** Prints {@code String.format(format, args)}. */
    public PrintStream format(String format, Object... args) {
        writeText(new java.util.Formatter().format(format, args).toString());
        return this;
    }

    /** Prints {@code String.format(l, format, args)}. */
    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        writeText(String.format(l, format, args));
        return this;
    }

    /** Prints {@code String.format(l, format, args)}. */
    public PrintStream format(java.util.Locale l, String format, Object... args) {
        return printf(l, format, args);
    }

    /** Prints {@code csq} ({@code "null"} if null). */
    public PrintStream append(CharSequence csq) {
        writeText(String.valueOf(csq));
        return this;
    }

    /** Prints {@code csq[start, end)}. */
    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        writeText(csq.subSequence(start, end).toString());
        return this;
    }

    /** Prints one character. */
    public PrintStream append(char c) {
        writeText(String.valueOf(c));
        return this;
    }
}
