package java.io;

/**
 * A writer that prints values as text and never throws IOException (see {@link #checkError()}). With
 * autoflush, {@code println}, {@code printf} and {@code format} flush.
 */
public class PrintWriter extends Writer {
    /** The writer printed to. */
    protected Writer out;
    private final boolean autoFlush;
    private boolean trouble;

    /** Printing to {@code out}, without autoflush. */
    public PrintWriter(Writer out) {
        this(out, false);
    }

    /** Printing to {@code out}. */
    public PrintWriter(Writer out, boolean autoFlush) {
        super(out);
        this.out = out;
        this.autoFlush = autoFlush;
    }

    /** Printing to {@code out} in the default charset, without autoflush. */
    public PrintWriter(OutputStream out) {
        this(out, false);
    }

    /** Printing to {@code out} in the default charset. */
    public PrintWriter(OutputStream out, boolean autoFlush) {
        this(new StreamWriter(new PrintStream(out, false)), autoFlush);
    }

    /** Printing to the file {@code fileName} (replaced) in the default charset, without autoflush. */
    public PrintWriter(String fileName) throws FileNotFoundException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fileName))), false);
    }

    /** Printing to the file {@code fileName} (replaced) in the named charset, without autoflush. */
    public PrintWriter(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fileName), csn)), false);
    }

    /** Printing to {@code file} (replaced) in the default charset, without autoflush. */
    public PrintWriter(File file) throws FileNotFoundException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file))), false);
    }

    /** Printing to the file {@code fileName} (replaced) in {@code charset}, without autoflush. */
    public PrintWriter(String fileName, java.nio.charset.Charset charset) throws IOException {
        this(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fileName), charset)), false);
    }

    /** Adapts a PrintStream (which encodes) to a Writer. */
    private static final class StreamWriter extends Writer {
        private final PrintStream ps;

        StreamWriter(PrintStream ps) {
            this.ps = ps;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            ps.print(new String(cbuf, off, len));
        }

        @Override
        public void flush() {
            ps.flush();
        }

        @Override
        public void close() {
            ps.close();
        }
    }

    private void writeText(String s) {
        try {
            synchronized (lock) {
                if (out == null) {
                    throw new IOException("Stream closed");
                }
                out.write(s);
                if (autoFlush && s.endsWith(System.lineSeparator())) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(int c) {
        writeText(String.valueOf((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) {
        writeText(new String(buf, off, len));
    }

    @Override
    public void write(char[] buf) {
        write(buf, 0, buf.length);
    }

    @Override
    public void write(String s, int off, int len) {
        writeText(s.substring(off, off + len));
    }

    @Override
    public void write(String s) {
        writeText(s);
    }

    @Override
    public void flush() {
        try {
            synchronized (lock) {
                if (out != null) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void close() {
        try {
            synchronized (lock) {
                if (out != null) {
                    out.close();
                    out = null;
                }
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    /** Flushes, and tells whether an error ever happened. */
    public boolean checkError() {
        if (out != null) {
            flush();
        }
        return trouble;
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
    public PrintWriter printf(String format, Object... args) {
        return format(format, args);
    }

    /** Prints {@code String.format(format, args)}. */
    public PrintWriter format(String format, Object... args) {
        writeText(new java.util.Formatter().format(format, args).toString());
        return this;
    }

    /** Formats with {@code l} and prints the result. */
    public PrintWriter printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    /** Formats with {@code l} and prints the result. */
    public PrintWriter format(java.util.Locale l, String format, Object... args) {
        writeText(new java.util.Formatter(l).format(format, args).toString());
        return this;
    }

    /** Prints {@code csq} ({@code "null"} if null). */
    public PrintWriter append(CharSequence csq) {
        writeText(String.valueOf(csq));
        return this;
    }

    /** Prints {@code csq[start, end)}. */
    public PrintWriter append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        writeText(csq.subSequence(start, end).toString());
        return this;
    }

    /** Prints one character. */
    public PrintWriter append(char c) {
        writeText(String.valueOf(c));
        return this;
    }
}
