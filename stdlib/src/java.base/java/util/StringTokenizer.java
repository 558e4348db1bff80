package java.util;

/**
 * Splits a string into tokens separated by delimiter characters (by default space, tab, newline, carriage
 * return and form feed), optionally returning the delimiters as tokens of one character.
 */
public class StringTokenizer implements Enumeration<Object> {
    private final String str;
    private String delimiters;
    private final boolean retDelims;
    private int pos;

    /** A tokenizer of {@code str} on {@code delim}, returning delimiters if {@code returnDelims}. */
    public StringTokenizer(String str, String delim, boolean returnDelims) {
        this.str = Objects.requireNonNull(str);
        this.delimiters = delim;
        this.retDelims = returnDelims;
    }

    /** A tokenizer of {@code str} on {@code delim}. */
    public StringTokenizer(String str, String delim) {
        this(str, delim, false);
    }

    /** A tokenizer of {@code str} on white space. */
    public StringTokenizer(String str) {
        this(str, " \t\n\r\f", false);
    }

    private boolean isDelim(char c) {
        return delimiters != null && delimiters.indexOf(c) >= 0;
    }

    private int skipDelims(int p) {
        if (!retDelims) {
            while (p < str.length() && isDelim(str.charAt(p))) {
                p++;
            }
        }
        return p;
    }

    private int scanToken(int p) {
        int start = p;
        while (p < str.length() && !isDelim(str.charAt(p))) {
            p++;
        }
        if (retDelims && start == p && p < str.length()) {
            p++;
        }
        return p;
    }

    /** Whether another token remains. */
    public boolean hasMoreTokens() {
        return skipDelims(pos) < str.length();
    }

    /** The next token. */
    public String nextToken() {
        pos = skipDelims(pos);
        if (pos >= str.length()) {
            throw new NoSuchElementException();
        }
        int start = pos;
        pos = scanToken(pos);
        return str.substring(start, pos);
    }

    /** Switches the delimiter set, then returns the next token. */
    public String nextToken(String delim) {
        delimiters = delim;
        return nextToken();
    }

    @Override
    public boolean hasMoreElements() {
        return hasMoreTokens();
    }

    @Override
    public Object nextElement() {
        return nextToken();
    }

    /** How many more times {@link #nextToken} can be called. */
    public int countTokens() {
        int n = 0;
        int p = pos;
        while (true) {
            p = skipDelims(p);
            if (p >= str.length()) {
                return n;
            }
            p = scanToken(p);
            n++;
        }
    }
}
