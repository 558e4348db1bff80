package java.util.regex;

import java.util.function.Predicate;

/**
 * A compiled regular expression in Java's syntax (see the Java SE 17 documentation of this class). Compiling
 * builds a graph of {@link Node}s once; each {@link Matcher} walks it with its own state, so a pattern is
 * immutable and can be shared. Also the home of {@link #split}, {@link #quote} and the static
 * {@link #matches(String, CharSequence)}.
 */
public final class Pattern {
    /** Only {@code \n} ends a line for {@code . ^ $}. */
    public static final int UNIX_LINES = 0x01;
    /** ASCII letters match regardless of case (all letters with {@link #UNICODE_CASE}). */
    public static final int CASE_INSENSITIVE = 0x02;
    /** White space and {@code #} comments in the pattern are ignored. */
    public static final int COMMENTS = 0x04;
    /** {@code ^} and {@code $} match at line terminators too. */
    public static final int MULTILINE = 0x08;
    /** The pattern is a literal string. */
    public static final int LITERAL = 0x10;
    /** {@code .} matches line terminators too. */
    public static final int DOTALL = 0x20;
    /** Case-insensitive matching follows Unicode case rules. */
    public static final int UNICODE_CASE = 0x40;
    /** Canonical equivalence (accepted, not implemented: matching is by code point). */
    public static final int CANON_EQ = 0x80;
    /** The predefined and POSIX classes follow Unicode (partly implemented: {@code \d \s \w}). */
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private static final int ALL_FLAGS = 0x1FF;

    private final String pattern;
    private final int flags;
    final Node root;
    final int groupCount;
    final int loopSlots;
    private final String[] groupNames;

    private Pattern(String regex, int flags) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags & ~ALL_FLAGS));
        }
        if ((flags & UNICODE_CHARACTER_CLASS) != 0) {
            flags |= UNICODE_CASE;
        }
        this.pattern = regex;
        Parser parser = new Parser(regex, flags);
        this.root = parser.compile();
        this.flags = (flags & LITERAL) != 0 ? flags : parser.finalFlags();
        this.groupCount = parser.groupCount;
        this.loopSlots = parser.loopSlots;
        this.groupNames = parser.groupNames;
        this.startClass = startClass(root);
    }

    /**
     * A class the first character of every match must belong to, or null if the pattern can start
     * otherwise (or match empty). Lets find skip hopeless start positions without entering the graph.
     */
    final CharClass startClass;

    private static CharClass startClass(Node n) {
        while (n instanceof Node.GroupHead) {
            n = n.next;
        }
        if (n instanceof Node.Literal) {
            return CharClass.single(((Node.Literal) n).text.charAt(0), 0);
        }
        if (n instanceof Node.One) {
            return ((Node.One) n).cls;
        }
        if (n instanceof Node.Repeat && ((Node.Repeat) n).min > 0) {
            return ((Node.Repeat) n).cls;
        }
        return null;
    }

    /** Compiles {@code regex}. */
    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    /** Compiles {@code regex} with the given flags. */
    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    /** Whether {@code regex} matches the whole of {@code input}. */
    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    /** A pattern that matches {@code s} literally: {@code \Q...\E}, with any {@code \E} inside handled. */
    public static String quote(String s) {
        if (s.indexOf("\\E") < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int from = 0;
        int at;
        while ((at = s.indexOf("\\E", from)) >= 0) {
            // Close the quote before \E, write it escaped, and reopen.
            sb.append(s, from, at).append("\\E\\\\E\\Q");
            from = at + 2;
        }
        return sb.append(s, from, s.length()).append("\\E").toString();
    }

    /** A matcher of this pattern over {@code input}. */
    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    /** The source of this pattern. */
    public String pattern() {
        return pattern;
    }

    /** The source of this pattern. */
    @Override
    public String toString() {
        return pattern;
    }

    /** The match flags. */
    public int flags() {
        return flags;
    }

    /** The number of the group called {@code name}, or -1. */
    int groupIndex(String name) {
        return Parser.groupIndex(groupNames, groupCount, name);
    }

    /** A predicate that is true of strings containing a match. */
    public Predicate<String> asPredicate() {
        // An anonymous class, not a lambda: the library is compiled without invokedynamic.
        return new Predicate<String>() {
            public boolean test(String s) {
                return matcher(s).find();
            }
        };
    }

    /** A predicate that is true of strings this pattern matches entirely. */
    public Predicate<String> asMatchPredicate() {
        return new Predicate<String>() {
            public boolean test(String s) {
                return matcher(s).matches();
            }
        };
    }

    /** {@code input} split around matches, trailing empty strings removed. */
    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /**
     * {@code input} split around matches. A positive {@code limit} caps the number of parts (the last takes
     * the rest); zero removes trailing empty strings; negative keeps everything. A zero-width match at the
     * very start produces no leading empty string.
     */
    public String[] split(CharSequence input, int limit) {
        Matcher m = matcher(input);
        String[] parts = new String[10];
        int count = 0;
        int index = 0;
        while ((limit <= 0 || count < limit - 1) && m.find()) {
            if (m.end() == 0) {
                continue;
            }
            if (count == parts.length) {
                parts = grow(parts);
            }
            parts[count++] = input.subSequence(index, m.start()).toString();
            index = m.end();
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        return cortado.internal.Text.splitResult(parts, count, input.subSequence(index, input.length()).toString(), limit);
    }

    private static String[] grow(String[] a) {
        String[] b = new String[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }
}
