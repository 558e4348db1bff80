package java.util;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A text scanner that splits its input into tokens separated by a delimiter pattern (by default
 * {@code \p{javaWhitespace}+}) and parses them as primitive values, reading its source incrementally. Sources are
 * strings, input streams (such as {@code System.in}), readers and other {@code Readable}s, files and paths.
 * The common cases are kept fast for an interpreter: the input sits in a {@code char[]} the whitespace scan
 * indexes directly, and plain decimal tokens are parsed by {@code nextInt}/{@code nextLong} without the general
 * grouping-aware path. Numbers are read with the ROOT/US locale's symbols:
 * {@code ,} groups digits, {@code .} separates decimals. As in HotSpot, a token that fails to parse is not
 * consumed, a type mismatch throws {@link InputMismatchException} and exhausted input
 * {@link NoSuchElementException} ({@code "No line found"} from {@link #nextLine}).
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final Pattern WHITESPACE = Pattern.compile("\\p{javaWhitespace}+");
    private static final Pattern BOOLEAN = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLOAT = Pattern.compile(
        "[-+]?(([0-9]++|[1-9][0-9]?[0-9]?(,[0-9][0-9][0-9])+)|([0-9]++|[1-9][0-9]?[0-9]?(,[0-9][0-9][0-9])+)\\.[0-9]*+"
            + "|\\.[0-9]++)([eE][+-]?[0-9]+)?|[-+]?0[xX][0-9a-fA-F]*\\.[0-9a-fA-F]+([pP][-+]?[0-9]+)?|[-+]?(NaN|Infinity)");

    private final Chars buf = new Chars();
    /** The buffer {@link #readInput} reads the source through. */
    private final char[] chunk = new char[4096];
    private int position;
    private Reader source;
    private boolean sourceClosed;
    private boolean closed;
    private Pattern delimPattern = WHITESPACE;
    private int radix = 10;
    private IOException lastException;
    private Matcher lastMatch;
    private Locale locale = Locale.getDefault();
    /** The last token found: it starts at {@code cacheStart}, after the delimiters that follow {@code cacheFrom}. */
    private String cacheToken;
    private int cacheFrom;
    private int cacheStart;

    /** A scanner over the characters of {@code source}, read through a {@code CharBuffer} unless it is a Reader. */
    public Scanner(Readable source) {
        this.source = asReader(Objects.requireNonNull(source, "source"));
    }

    private static Reader asReader(Readable source) {
        if (source instanceof Reader) {
            return (Reader) source;
        }
        return new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return source.read(java.nio.CharBuffer.wrap(cbuf, off, len));
            }

            @Override
            public void close() throws IOException {
                if (source instanceof Closeable) {
                    ((Closeable) source).close();
                }
            }
        };
    }

    /** A scanner over a string. */
    public Scanner(String source) {
        buf.append(source);
        sourceClosed = true;
    }

    /** A scanner over the bytes of {@code source}, decoded with the default charset. */
    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")));
    }

    /** A scanner over the bytes of {@code source}, decoded with the named charset. */
    public Scanner(InputStream source, String charsetName) {
        this(reader(Objects.requireNonNull(source, "source"), charsetName));
    }

    /** A scanner over a file's contents. */
    public Scanner(File source) throws FileNotFoundException {
        this(new InputStreamReader(new FileInputStream(source)));
    }

    /** A scanner over the bytes of {@code source}, decoded with {@code charset}. */
    public Scanner(InputStream source, java.nio.charset.Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"), charset));
    }

    /** A scanner over a file's contents, decoded with the named charset. */
    public Scanner(File source, String charsetName) throws FileNotFoundException {
        this(reader(new FileInputStream(source), charsetName));
    }

    /** A scanner over a file's contents. */
    public Scanner(java.nio.file.Path source) throws IOException {
        this(java.nio.file.Files.newInputStream(source));
    }

    /** A scanner over a file's contents, decoded with the named charset. */
    public Scanner(java.nio.file.Path source, String charsetName) throws IOException {
        this(reader(java.nio.file.Files.newInputStream(source), charsetName));
    }

    private static Reader reader(InputStream in, String charsetName) {
        try {
            return new InputStreamReader(in, charsetName);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalArgumentException(charsetName);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    /** Reads another chunk of the source; marks the source closed at its end. */
    private void readInput() {
        char[] chunk = this.chunk;
        int n;
        try {
            n = source.read(chunk, 0, chunk.length);
        } catch (IOException e) {
            lastException = e;
            n = -1;
        }
        if (n == -1) {
            sourceClosed = true;
        } else if (n > 0) {
            buf.append(chunk, 0, n);
        }
    }

    /** Drops consumed input; only called where no saved position is outstanding. */
    private void compact() {
        if (position > 8192 && position > buf.length() / 2) {
            buf.deleteFirst(position);
            position = 0;
            cacheToken = null;
        }
    }

    /**
     * The buffered input: a growable {@code char[]} that the scanning loops index directly (a
     * {@code StringBuilder} would cost two calls per character) and that the delimiter and {@code find}
     * patterns match as a {@code CharSequence}.
     */
    private static final class Chars implements CharSequence {
        char[] value = new char[8192];
        int count;

        @Override
        public int length() {
            return count;
        }

        @Override
        public char charAt(int index) {
            if (index < 0 || index >= count) {
                throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
            }
            return value[index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return substring(start, end);
        }

        @Override
        public String toString() {
            return new String(value, 0, count);
        }

        String substring(int start, int end) {
            return new String(value, start, end - start);
        }

        private void room(int n) {
            if (count + n > value.length) {
                value = Arrays.copyOf(value, Math.max(value.length * 2, count + n));
            }
        }

        void append(char[] chars, int off, int n) {
            room(n);
            System.arraycopy(chars, off, value, count, n);
            count += n;
        }

        void append(String text) {
            room(text.length());
            text.getChars(0, text.length(), value, count);
            count += text.length();
        }

        /** Drops the first {@code n} characters. */
        void deleteFirst(int n) {
            System.arraycopy(value, n, value, 0, count - n);
            count -= n;
        }
    }

    /** {@code Character.isWhitespace}, answered without a call for printable ASCII (the bulk of any input). */
    private static boolean isSpace(char c) {
        return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
    }

    /** Skips delimiters at the position, reading more input while a delimiter might continue. */
    private void skipDelims() {
        if (delimPattern == WHITESPACE) {
            while (true) {
                int len = buf.count;
                char[] v = buf.value;
                while (position < len && isSpace(v[position])) {
                    position++;
                }
                if (position < len || sourceClosed) {
                    return;
                }
                readInput();
            }
        }
        while (true) {
            Matcher m = delimPattern.matcher(buf);
            m.region(position, buf.length());
            if (m.lookingAt()) {
                if (m.hitEnd() && !sourceClosed) {
                    readInput();
                    continue;
                }
                position = m.end();
                return;
            }
            if (m.hitEnd() && !sourceClosed) {
                readInput();
                continue;
            }
            return;
        }
    }

    /** The end of the token at the position (after delimiters were skipped), or -1 when there is none. */
    private int tokenEnd() {
        if (delimPattern == WHITESPACE) {
            int i = position;
            while (true) {
                int len = buf.count;
                char[] v = buf.value;
                while (i < len && !isSpace(v[i])) {
                    i++;
                }
                if (i < len) {
                    return i;
                }
                if (sourceClosed) {
                    return i > position ? i : -1;
                }
                readInput();
            }
        }
        while (true) {
            if (position == buf.length()) {
                if (sourceClosed) {
                    return -1;
                }
                readInput();
                continue;
            }
            Matcher m = delimPattern.matcher(buf);
            m.region(position, buf.length());
            while (m.find()) {
                if (m.end() > m.start() || m.start() > position) {
                    return m.start();
                }
                if (m.end() >= buf.length()) {
                    break;
                }
                m.region(m.end() + 1, buf.length());
            }
            if (sourceClosed) {
                return buf.length();
            }
            readInput();
        }
    }

    /** The next complete token, without consuming it; null at the end of input. */
    private String peekToken() {
        ensureOpen();
        if (cacheToken != null && position == cacheFrom) {
            position = cacheStart;
            return cacheToken;
        }
        int from = position;
        skipDelims();
        int end = tokenEnd();
        if (end < 0) {
            return null;
        }
        cacheToken = buf.substring(position, end);
        cacheFrom = from;
        cacheStart = position;
        return cacheToken;
    }

    private void throwFor() {
        if (sourceClosed && position == buf.length()) {
            throw new NoSuchElementException();
        }
        throw new InputMismatchException();
    }

    private String nextToken() {
        compact();
        String t = peekToken();
        if (t == null) {
            throw new NoSuchElementException();
        }
        position += t.length();
        return t;
    }

    /** Whether another token follows. */
    public boolean hasNext() {
        ensureOpen();
        compact();
        int saved = position;
        String t = peekToken();
        position = saved;
        return t != null;
    }

    /** The next token. */
    public String next() {
        return nextToken();
    }

    /** Whether the next token matches {@code pattern}. */
    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    /** Whether the next token matches {@code pattern}. */
    public boolean hasNext(Pattern pattern) {
        ensureOpen();
        compact();
        int saved = position;
        String t = peekToken();
        position = saved;
        return t != null && pattern.matcher(t).matches();
    }

    /** The next token, which must match {@code pattern}. */
    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    /** The next token, which must match {@code pattern}. */
    public String next(Pattern pattern) {
        String t = peekToken();
        if (t == null || !pattern.matcher(t).matches()) {
            throwFor();
        }
        position += t.length();
        return t;
    }

    /** Not supported. */
    public void remove() {
        throw new UnsupportedOperationException();
    }

    /** Whether there is another line. */
    public boolean hasNextLine() {
        ensureOpen();
        return lineEnd() != null;
    }

    /** {end of line content, end including terminator}, or null. */
    private int[] lineEnd() {
        int from = position;
        while (true) {
            int len = buf.count;
            char[] v = buf.value;
            for (int i = from; i < len; i++) {
                char c = v[i];
                if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                    return new int[] {i, i + 1};
                }
                if (c == '\r') {
                    if (i + 1 < len) {
                        return new int[] {i, buf.charAt(i + 1) == '\n' ? i + 2 : i + 1};
                    }
                    if (sourceClosed) {
                        return new int[] {i, i + 1};
                    }
                    break;
                }
                from = i + 1;
            }
            if (sourceClosed) {
                return position < buf.length() ? new int[] {buf.length(), buf.length()} : null;
            }
            readInput();
        }
    }

    /** The rest of the current line, without its terminator. */
    public String nextLine() {
        compact();
        ensureOpen();
        int[] e = lineEnd();
        if (e == null) {
            throw new NoSuchElementException("No line found");
        }
        String line = buf.substring(position, e[0]);
        position = e[1];
        return line;
    }

    private static boolean isDigits(String s, int from, int radix) {
        if (from >= s.length()) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The token with grouping removed if it is an integer in {@code radix}, else null. */
    private static String integerToken(String t, int radix) {
        if (t == null) {
            return null;
        }
        int i = 0;
        if (t.startsWith("-") || t.startsWith("+")) {
            i = 1;
        }
        if (isDigits(t, i, radix)) {
            return t;
        }
        // grouped: a non-zero digit, up to two more, then groups of three after ','
        String[] groups = t.substring(i).split(",", -1);
        if (groups.length < 2 || groups[0].length() < 1 || groups[0].length() > 3
            || Character.digit(groups[0].charAt(0), radix) <= 0 || !isDigits(groups[0], 0, radix)) {
            return null;
        }
        StringBuilder sb = new StringBuilder(t.substring(0, i)).append(groups[0]);
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3 || !isDigits(groups[g], 0, radix)) {
                return null;
            }
            sb.append(groups[g]);
        }
        return sb.toString();
    }

    private String peekInteger(int radix) {
        ensureOpen();
        return integerToken(peekToken(), radix);
    }

    /** The ranges of byte, short, int and long, by the {@code kind} of the integral methods. */
    private static final long[] KIND_MIN = {Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE};
    private static final long[] KIND_MAX = {Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE};

    /** Returned by {@link #plainDecimal} for a token it leaves to the general path (never a plain value). */
    private static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * The value of a token of the form {@code [-+]?[0-9]{1,18}} in [min, max], or {@link #NOT_PLAIN} for any
     * other token (grouping, other digits, more digits, out of range: the general path handles and reports
     * those). This is the common case of {@code nextInt}/{@code nextLong} on plain decimal input, parsed without
     * the per-digit {@code Character.digit} calls of the general path.
     */
    private static long plainDecimal(String t, long min, long max) {
        if (t == null) {
            return NOT_PLAIN;
        }
        int n = t.length();
        int i = 0;
        boolean neg = false;
        if (n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            neg = t.charAt(0) == '-';
            i = 1;
        }
        if (i == n || n - i > 18) {
            return NOT_PLAIN;
        }
        long v = 0;
        for (; i < n; i++) {
            int d = t.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return NOT_PLAIN;
            }
            v = v * 10 + d;
        }
        if (neg) {
            v = -v;
        }
        return v < min || v > max ? NOT_PLAIN : v;
    }

    private long nextIntegral(int radix, long min, long max, int kind) {
        compact();
        String t = peekToken();
        if (radix == 10) {
            long v = plainDecimal(t, min, max);
            if (v != NOT_PLAIN) {
                position += t.length();
                return v;
            }
        }
        String s = integerToken(t, radix);
        if (s == null) {
            throwFor();
        }
        try {
            long v;
            switch (kind) {
                case 0: v = Byte.parseByte(s, radix); break;
                case 1: v = Short.parseShort(s, radix); break;
                case 2: v = Integer.parseInt(s, radix); break;
                default: v = Long.parseLong(s, radix); break;
            }
            position += t.length();
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    private boolean hasIntegral(int radix, int kind) {
        compact();
        ensureOpen();
        int saved = position;
        String t = peekToken();
        position = saved;
        if (radix == 10 && plainDecimal(t, KIND_MIN[kind], KIND_MAX[kind]) != NOT_PLAIN) {
            return true;
        }
        String s = integerToken(t, radix);
        if (s == null) {
            return false;
        }
        try {
            switch (kind) {
                case 0: Byte.parseByte(s, radix); break;
                case 1: Short.parseShort(s, radix); break;
                case 2: Integer.parseInt(s, radix); break;
                default: Long.parseLong(s, radix); break;
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether the next token is an int in the default radix. */
    public boolean hasNextInt() {
        return hasIntegral(radix, 2);
    }

    /** Whether the next token is an int in {@code radix}. */
    public boolean hasNextInt(int radix) {
        return hasIntegral(radix, 2);
    }

    /** The next token as an int. */
    public int nextInt() {
        return (int) nextIntegral(radix, Integer.MIN_VALUE, Integer.MAX_VALUE, 2);
    }

    /** The next token as an int in {@code radix}. */
    public int nextInt(int radix) {
        return (int) nextIntegral(radix, Integer.MIN_VALUE, Integer.MAX_VALUE, 2);
    }

    /** Whether the next token is a long. */
    public boolean hasNextLong() {
        return hasIntegral(radix, 3);
    }

    /** Whether the next token is a long in {@code radix}. */
    public boolean hasNextLong(int radix) {
        return hasIntegral(radix, 3);
    }

    /** The next token as a long. */
    public long nextLong() {
        return nextIntegral(radix, Long.MIN_VALUE, Long.MAX_VALUE, 3);
    }

    /** The next token as a long in {@code radix}. */
    public long nextLong(int radix) {
        return nextIntegral(radix, Long.MIN_VALUE, Long.MAX_VALUE, 3);
    }

    /** Whether the next token is a short. */
    public boolean hasNextShort() {
        return hasIntegral(radix, 1);
    }

    /** The next token as a short. */
    public short nextShort() {
        return (short) nextIntegral(radix, Short.MIN_VALUE, Short.MAX_VALUE, 1);
    }

    /** The next token as a short in {@code radix}. */
    public short nextShort(int radix) {
        return (short) nextIntegral(radix, Short.MIN_VALUE, Short.MAX_VALUE, 1);
    }

    /** Whether the next token is a byte. */
    public boolean hasNextByte() {
        return hasIntegral(radix, 0);
    }

    /** The next token as a byte. */
    public byte nextByte() {
        return (byte) nextIntegral(radix, Byte.MIN_VALUE, Byte.MAX_VALUE, 0);
    }

    /** The next token as a byte in {@code radix}. */
    public byte nextByte(int radix) {
        return (byte) nextIntegral(radix, Byte.MIN_VALUE, Byte.MAX_VALUE, 0);
    }

    /** Whether the next token is a BigInteger. */
    public boolean hasNextBigInteger() {
        compact();
        int saved = position;
        String s = peekInteger(radix);
        position = saved;
        return s != null;
    }

    /** The next token as a BigInteger. */
    public BigInteger nextBigInteger() {
        String t = peekToken();
        String s = integerToken(t, radix);
        if (s == null) {
            throwFor();
        }
        position += t.length();
        return new BigInteger(s, radix);
    }

    private String peekFloat() {
        ensureOpen();
        compact();
        int saved = position;
        String t = peekToken();
        position = saved;
        if (t == null || !FLOAT.matcher(t).matches()) {
            return null;
        }
        return t;
    }

    /** Whether the next token is a double. */
    public boolean hasNextDouble() {
        return peekFloat() != null;
    }

    /** Whether the next token is a float. */
    public boolean hasNextFloat() {
        return peekFloat() != null;
    }

    /** Whether the next token is a BigDecimal. */
    public boolean hasNextBigDecimal() {
        String t = peekFloat();
        return t != null && !t.contains("N") && !t.contains("I") && !t.contains("x") && !t.contains("X");
    }

    private String nextFloatToken() {
        compact();
        String t = peekToken();
        if (t == null || !FLOAT.matcher(t).matches()) {
            throwFor();
        }
        position += t.length();
        return t.replace(",", "");
    }

    /** The next token as a double. */
    public double nextDouble() {
        String s = nextFloatToken();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    /** The next token as a float. */
    public float nextFloat() {
        String s = nextFloatToken();
        try {
            return Float.parseFloat(s);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
    }

    /** The next token as a BigDecimal. */
    public BigDecimal nextBigDecimal() {
        String t = peekToken();
        if (t == null || !FLOAT.matcher(t).matches() || t.contains("N") || t.contains("I") || t.contains("x")
            || t.contains("X")) {
            throwFor();
        }
        position += t.length();
        return new BigDecimal(t.replace(",", ""));
    }

    /** Whether the next token is {@code true} or {@code false}, in any case. */
    public boolean hasNextBoolean() {
        return hasNext(BOOLEAN);
    }

    /** The next token as a boolean. */
    public boolean nextBoolean() {
        return Boolean.parseBoolean(next(BOOLEAN));
    }

    /** The delimiter pattern. */
    public Pattern delimiter() {
        return delimPattern;
    }

    /** Sets the delimiter pattern. */
    public Scanner useDelimiter(Pattern pattern) {
        delimPattern = pattern;
        cacheToken = null;
        return this;
    }

    /** Sets the delimiter to the regular expression {@code pattern}. */
    public Scanner useDelimiter(String pattern) {
        delimPattern = Pattern.compile(pattern);
        cacheToken = null;
        return this;
    }

    /** The default radix. */
    public int radix() {
        return radix;
    }

    /** Sets the default radix. */
    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        this.radix = radix;
        return this;
    }

    /** The locale (numbers are always read with ROOT/US symbols). */
    public Locale locale() {
        return locale;
    }

    /** Records {@code locale}; numbers are still read with ROOT/US symbols. */
    public Scanner useLocale(Locale locale) {
        this.locale = locale;
        return this;
    }

    /** Restores the default delimiter, radix and locale. */
    public Scanner reset() {
        delimPattern = WHITESPACE;
        cacheToken = null;
        radix = 10;
        locale = Locale.getDefault();
        return this;
    }

    /** Skips input matching {@code pattern} at the position, ignoring delimiters. */
    public Scanner skip(Pattern pattern) {
        ensureOpen();
        while (true) {
            Matcher m = pattern.matcher(buf);
            m.region(position, buf.length());
            boolean found = m.lookingAt();
            if (m.hitEnd() && !sourceClosed) {
                readInput();
                continue;
            }
            if (!found) {
                throw new NoSuchElementException();
            }
            lastMatch = m;
            position = m.end();
            return this;
        }
    }

    /** Skips input matching the regular expression {@code pattern}. */
    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    /** Finds {@code pattern} before the next line separator, ignoring delimiters; null when it is not there. */
    public String findInLine(Pattern pattern) {
        ensureOpen();
        int[] e = lineEnd();
        int end = e == null ? buf.length() : e[0];
        Matcher m = pattern.matcher(buf);
        m.region(position, end);
        if (m.find()) {
            lastMatch = m;
            position = m.end();
            return m.group();
        }
        return null;
    }

    /** Finds the regular expression {@code pattern} before the next line separator. */
    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    /**
     * Finds {@code pattern} within the next {@code horizon} characters (all remaining input when 0), ignoring
     * delimiters; on success the input advances past the match.
     */
    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        while (true) {
            int end = horizon == 0 ? buf.length() : Math.min(buf.length(), position + horizon);
            Matcher m = pattern.matcher(buf);
            m.region(position, end);
            boolean found = m.find();
            boolean windowFull = horizon != 0 && position + horizon <= buf.length();
            if ((!found || m.hitEnd()) && !sourceClosed && !windowFull) {
                readInput();
                continue;
            }
            if (!found) {
                return null;
            }
            lastMatch = m;
            position = m.end();
            return m.group();
        }
    }

    /** Finds the regular expression {@code pattern} within the next {@code horizon} characters. */
    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    /** The result of the last {@code skip} or {@code findInLine}. */
    public MatchResult match() {
        if (lastMatch == null) {
            throw new IllegalStateException("No match result available");
        }
        return lastMatch.toMatchResult();
    }

    /** The remaining tokens. */
    public Stream<String> tokens() {
        List<String> l = new ArrayList<String>();
        while (hasNext()) {
            l.add(next());
        }
        return l.stream();
    }

    /** The last exception thrown by the source, or null. */
    public IOException ioException() {
        return lastException;
    }

    /** Closes the scanner and its source. */
    public void close() {
        if (closed) {
            return;
        }
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                lastException = e;
            }
        }
        sourceClosed = true;
        closed = true;
    }

    @Override
    public String toString() {
        return "java.util.Scanner[delimiters=" + delimPattern + "][position=" + position + "]";
    }
}
