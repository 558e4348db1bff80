package java.util.regex;

/**
 * Turns a pattern's text into its {@link Node} graph in one recursive-descent pass: alternation, sequence,
 * quantified atom, with character classes parsed into {@link CharClass} values. It also computes each
 * fragment's minimum and maximum length (which look-behind needs) and reports syntax errors with the
 * descriptions and indices HotSpot uses.
 */
final class Parser {
    static final int GREEDY = 0;
    static final int RELUCTANT = 1;
    static final int POSSESSIVE = 2;

    /** Unbounded repetition count and unknown maximum length. */
    static final int INFINITE = Integer.MAX_VALUE;

    /** A parsed piece: its entry node, the node whose {@code next} continues it, and its length bounds. */
    private static final class Frag {
        Node head;
        Node tail;
        int min;
        int max;

        Frag(Node head, Node tail, int min, int max) {
            this.head = head;
            this.tail = tail;
            this.min = min;
            this.max = max;
        }
    }

    private final String pattern;
    private int pos;
    /** The rest of a {@code \\Q...\\E} quote still to be returned as atoms, or null. */
    private String quoted;
    private int quotedAt;
    private int flags;
    int groupCount;
    int loopSlots;
    String[] groupNames = new String[4];

    Parser(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
    }

    /** The whole pattern compiled; {@link #groupCount}, {@link #loopSlots} and names are set as a side effect. */
    Node compile() {
        Frag f;
        if ((flags & Pattern.LITERAL) != 0) {
            f = null;
            int i = 0;
            while (i < pattern.length()) {
                int cp = pattern.codePointAt(i);
                i += Character.charCount(cp);
                f = concat(f, literal(cp));
            }
            if (f == null) {
                f = empty();
            }
        } else {
            f = alternation();
            if (pos < pattern.length()) {
                throw error("Unmatched closing ')'", pos - 1);
            }
        }
        f.tail.next = new Node.Accept();
        return f.head;
    }

    /** The flags in force at the end of the top level (what {@link Pattern#flags()} reports). */
    int finalFlags() {
        return flags;
    }

    private PatternSyntaxException error(String description, int index) {
        return new PatternSyntaxException(description, pattern, index);
    }

    // ---------------------------------------------------------------- reading the pattern

    private boolean comments() {
        return (flags & Pattern.COMMENTS) != 0;
    }

    /** Skips white space and {@code #} comments when COMMENTS is on. */
    private void skipIgnored() {
        if (!comments()) {
            return;
        }
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < pattern.length() && !isLineEnd(pattern.charAt(pos))) {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The next significant character, or -1 at the end. */
    private int peek() {
        skipIgnored();
        return pos < pattern.length() ? pattern.charAt(pos) : -1;
    }

    private boolean accept(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** The code point at {@code pos}, consumed. */
    private int takeCodePoint() {
        int cp = pattern.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    // ---------------------------------------------------------------- fragments

    private static Frag empty() {
        Node e = new Node.Empty();
        return new Frag(e, e, 0, 0);
    }

    private static Frag single(Node n, int min, int max) {
        return new Frag(n, n, min, max);
    }

    private static int addLengths(int a, int b) {
        if (a == INFINITE || b == INFINITE) {
            return INFINITE;
        }
        long sum = (long) a + b;
        return sum >= INFINITE ? INFINITE : (int) sum;
    }

    private static int mulLengths(int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        if (a == INFINITE || b == INFINITE) {
            return INFINITE;
        }
        long p = (long) a * b;
        return p >= INFINITE ? INFINITE : (int) p;
    }

    /** {@code a} followed by {@code b}; adjacent literal runs become one node. */
    private static Frag concat(Frag a, Frag b) {
        if (a == null) {
            return b;
        }
        if (a.tail instanceof Node.Literal && b.head == b.tail && b.head instanceof Node.Literal) {
            Node.Literal last = (Node.Literal) a.tail;
            last.text = last.text + ((Node.Literal) b.head).text;
            a.min += b.min;
            a.max = addLengths(a.max, b.max);
            return a;
        }
        a.tail.next = b.head;
        a.tail = b.tail;
        a.min = addLengths(a.min, b.min);
        a.max = addLengths(a.max, b.max);
        return a;
    }

    /** A literal code point, as a class when case must be ignored. */
    private Frag literal(int cp) {
        int w = Character.charCount(cp);
        if ((flags & Pattern.CASE_INSENSITIVE) != 0 && Character.toUpperCase(cp) != Character.toLowerCase(cp)) {
            return single(new Node.One(CharClass.single(cp, flags)), w, w);
        }
        return single(new Node.Literal(new String(Character.toChars(cp))), w, w);
    }

    private Frag oneOf(CharClass cls) {
        return single(new Node.One(cls), 1, 2);
    }

    // ---------------------------------------------------------------- grammar

    private Frag alternation() {
        Frag first = sequence();
        if (peek() != '|') {
            return first;
        }
        Frag[] alts = new Frag[] {first, null};
        int n = 1;
        while (accept('|')) {
            if (n == alts.length) {
                Frag[] grown = new Frag[n * 2];
                System.arraycopy(alts, 0, grown, 0, n);
                alts = grown;
            }
            alts[n++] = sequence();
        }
        Node join = new Node.Empty();
        Node[] heads = new Node[n];
        int min = INFINITE;
        int max = 0;
        for (int k = 0; k < n; k++) {
            alts[k].tail.next = join;
            heads[k] = alts[k].head;
            min = Math.min(min, alts[k].min);
            max = Math.max(max, alts[k].max);
        }
        return new Frag(new Node.Branch(heads), join, min, max);
    }

    private Frag sequence() {
        Frag acc = null;
        while (true) {
            if (quoted == null) {
                int c = peek();
                if (c < 0 || c == '|' || c == ')') {
                    break;
                }
            }
            Frag atom = atom();
            if (atom == null) {
                continue;
            }
            acc = concat(acc, quantified(atom));
        }
        return acc == null ? empty() : acc;
    }

    /** One atom, or null for an inline flag setting such as {@code (?i)} that matches nothing. */
    private Frag atom() {
        if (quoted != null) {
            return nextQuoted();
        }
        int c = peek();
        switch (c) {
            case '(':
                pos++;
                return group();
            case '[':
                pos++;
                return oneOf(bracket());
            case '.':
                pos++;
                return oneOf(dot());
            case '^':
                pos++;
                return single(new Node.Anchor((flags & Pattern.MULTILINE) != 0 ? Node.Anchor.LINE_BEGIN : Node.Anchor.BEGIN, flags), 0, 0);
            case '$':
                pos++;
                return single(new Node.Anchor((flags & Pattern.MULTILINE) != 0 ? Node.Anchor.LINE_END : Node.Anchor.END, flags), 0, 0);
            case '\\':
                pos++;
                return escape();
            case '*':
            case '+':
            case '?':
                throw error("Dangling meta character '" + (char) c + "'", pos);
            case '{':
                // Java reads a brace where an atom should be as a repetition of the empty string.
                pos++;
                interval();
                return empty();
            default:
                return literal(takeCodePoint());
        }
    }

    private CharClass dot() {
        if ((flags & Pattern.DOTALL) != 0) {
            return CharClass.named(CharClass.ALL);
        }
        if ((flags & Pattern.UNIX_LINES) != 0) {
            return CharClass.single('\n', 0).negate();
        }
        return new CharClass() {
            boolean is(int cp) {
                return cp != '\n' && cp != '\r' && cp != 0x85 && cp != 0x2028 && cp != 0x2029;
            }
        };
    }

    /** Applies the quantifier after an atom, if any. */
    private Frag quantified(Frag atom) {
        if (quoted != null) {
            // Inside a \Q...\E quote: what follows is literal text, not a quantifier.
            return atom;
        }
        int c = peek();
        int min;
        int max;
        if (c == '*') {
            pos++;
            min = 0;
            max = INFINITE;
        } else if (c == '+') {
            pos++;
            min = 1;
            max = INFINITE;
        } else if (c == '?') {
            pos++;
            min = 0;
            max = 1;
        } else if (c == '{') {
            pos++;
            int[] range = interval();
            min = range[0];
            max = range[1];
        } else {
            return atom;
        }
        int kind = GREEDY;
        if (pos < pattern.length() && pattern.charAt(pos) == '?') {
            pos++;
            kind = RELUCTANT;
        } else if (pos < pattern.length() && pattern.charAt(pos) == '+') {
            pos++;
            kind = POSSESSIVE;
        }
        return repeat(atom, min, max, kind);
    }

    /** The {@code n}, {@code n,} or {@code n,m} of a counted repetition and its closing brace. */
    private int[] interval() {
        int start = pos;
        long min = digits();
        if (pos == start) {
            throw error("Illegal repetition", pos);
        }
        long max = min;
        if (pos < pattern.length() && pattern.charAt(pos) == ',') {
            pos++;
            int at = pos;
            max = digits();
            if (pos == at) {
                max = INFINITE;
            }
        }
        if (pos >= pattern.length() || pattern.charAt(pos) != '}') {
            throw error("Unclosed counted closure", pos);
        }
        if (min > max || min >= INFINITE || (max >= INFINITE && max != INFINITE) || (max == INFINITE && pos > 0 && pattern.charAt(pos - 1) != ',')) {
            throw error("Illegal repetition range", pos);
        }
        pos++;
        return new int[] {(int) min, (int) max};
    }

    /** Decimal digits at {@code pos}, saturated rather than overflowing. */
    private long digits() {
        long v = 0;
        while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
            v = Math.min((long) INFINITE + 1, v * 10 + (pattern.charAt(pos) - '0'));
            pos++;
        }
        return v;
    }

    private Frag repeat(Frag atom, int min, int max, int kind) {
        int fmin = mulLengths(atom.min, min);
        int fmax = mulLengths(atom.max, max);
        CharClass cls = singleClass(atom);
        if (cls != null) {
            Node r = new Node.Repeat(cls, min, max, kind);
            return single(r, fmin, fmax);
        }
        Node.Loop loop = new Node.Loop(min, max, kind != RELUCTANT, loopSlots++);
        loop.body = atom.head;
        atom.tail.next = new Node.LoopTail(loop);
        if (kind != POSSESSIVE) {
            return single(loop, fmin, fmax);
        }
        loop.next = new Node.Done();
        Node atomic = new Node.Atomic(loop);
        return single(atomic, fmin, fmax);
    }

    /** The class an atom consumes exactly one code point of, if that is all it does. */
    private static CharClass singleClass(Frag atom) {
        if (atom.head != atom.tail) {
            return null;
        }
        if (atom.head instanceof Node.One) {
            return ((Node.One) atom.head).cls;
        }
        if (atom.head instanceof Node.Literal) {
            String t = ((Node.Literal) atom.head).text;
            int cp = t.codePointAt(0);
            if (Character.charCount(cp) == t.length()) {
                return CharClass.single(cp, 0);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- groups

    private Frag group() {
        int savedFlags = flags;
        Frag result;
        if (pos < pattern.length() && pattern.charAt(pos) == '?') {
            pos++;
            int c = pos < pattern.length() ? pattern.charAt(pos) : -1;
            if (c == ':') {
                pos++;
                result = closeGroup(alternation());
            } else if (c == '=' || c == '!') {
                pos++;
                Frag body = closeGroup(alternation());
                body.tail.next = new Node.Done();
                result = single(new Node.LookAhead(body.head, c == '!'), 0, 0);
            } else if (c == '>') {
                pos++;
                Frag body = closeGroup(alternation());
                body.tail.next = new Node.Done();
                result = new Frag(new Node.Atomic(body.head), null, body.min, body.max);
                result.tail = result.head;
            } else if (c == '<' && pos + 1 < pattern.length() && (pattern.charAt(pos + 1) == '=' || pattern.charAt(pos + 1) == '!')) {
                boolean negative = pattern.charAt(pos + 1) == '!';
                pos += 2;
                Frag body = closeGroup(alternation());
                body.tail.next = new Node.BehindEnd();
                int max = body.max == INFINITE ? -1 : body.max;
                result = single(new Node.LookBehind(body.head, negative, body.min, max), 0, 0);
            } else if (c == '<') {
                pos++;
                String name = groupName();
                int index = newGroup();
                if (lookupName(name) >= 0) {
                    throw error("Named capturing group <" + name + "> is already defined", pos - 1);
                }
                groupNames[index] = name;
                result = capture(index);
            } else {
                if (!inlineFlags()) {
                    // (?i) with no body: the new flags hold for the rest of the enclosing group.
                    return null;
                }
                result = closeGroup(alternation());
            }
        } else {
            result = capture(newGroup());
        }
        flags = savedFlags;
        return result;
    }

    private Frag capture(int index) {
        Frag body = closeGroup(alternation());
        Node head = new Node.GroupHead(index);
        Node tail = new Node.GroupTail(index);
        head.next = body.head;
        body.tail.next = tail;
        return new Frag(head, tail, body.min, body.max);
    }

    /** Consumes the {@code )} that must end a group. */
    private Frag closeGroup(Frag body) {
        if (!accept(')')) {
            throw error("Unclosed group", pattern.length());
        }
        return body;
    }

    private int newGroup() {
        int index = ++groupCount;
        if (index >= groupNames.length) {
            String[] grown = new String[index * 2];
            System.arraycopy(groupNames, 0, grown, 0, groupNames.length);
            groupNames = grown;
        }
        return index;
    }

    private int lookupName(String name) {
        return groupIndex(groupNames, groupCount, name);
    }

    /** The number of the group called {@code name} among {@code names[1..count]}, or -1. */
    static int groupIndex(String[] names, int count, String name) {
        for (int k = 1; k <= count && k < names.length; k++) {
            if (name.equals(names[k])) {
                return k;
            }
        }
        return -1;
    }

    /** A group name and its closing {@code >}. */
    private String groupName() {
        int start = pos;
        if (pos >= pattern.length() || !isLatinLetter(pattern.charAt(pos))) {
            throw error("capturing group name does not start with a Latin letter", pos);
        }
        while (pos < pattern.length() && (isLatinLetter(pattern.charAt(pos)) || Character.isDigit(pattern.charAt(pos)) && pattern.charAt(pos) < 128)) {
            pos++;
        }
        if (pos >= pattern.length() || pattern.charAt(pos) != '>') {
            throw error("named capturing group is missing trailing '>'", pos);
        }
        String name = pattern.substring(start, pos);
        pos++;
        return name;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * The flags of {@code (?idmsuxU-idmsuxU)} or {@code (?idmsux-idmsux:}: true if a group body follows
     * (the colon form), false if the setting applies to the rest of the enclosing group.
     */
    private boolean inlineFlags() {
        boolean on = true;
        while (true) {
            int c = pos < pattern.length() ? pattern.charAt(pos) : -1;
            int bit;
            switch (c) {
                case 'i': bit = Pattern.CASE_INSENSITIVE; break;
                case 'd': bit = Pattern.UNIX_LINES; break;
                case 'm': bit = Pattern.MULTILINE; break;
                case 's': bit = Pattern.DOTALL; break;
                case 'u': bit = Pattern.UNICODE_CASE; break;
                case 'x': bit = Pattern.COMMENTS; break;
                case 'U': bit = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE; break;
                case '-':
                    if (!on) {
                        throw error("Unknown inline modifier", pos);
                    }
                    on = false;
                    pos++;
                    continue;
                case ')':
                    pos++;
                    return false;
                case ':':
                    pos++;
                    return true;
                default:
                    throw error("Unknown inline modifier", pos);
            }
            pos++;
            flags = on ? flags | bit : flags & ~bit;
        }
    }

    // ---------------------------------------------------------------- escapes

    /** An escape outside a class; {@code pos} is just after the backslash. */
    private Frag escape() {
        if (pos >= pattern.length()) {
            throw error("Unexpected internal error", pos);
        }
        char c = pattern.charAt(pos);
        switch (c) {
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return backReference();
            case 'k': {
                pos++;
                if (pos >= pattern.length() || pattern.charAt(pos) != '<') {
                    throw error("\\k is not followed by '<' for named capturing group", pos);
                }
                pos++;
                String name = groupName();
                int index = lookupName(name);
                if (index < 0) {
                    throw error("named capturing group <" + name + "> does not exist", pos - 1);
                }
                return single(new Node.BackRef(index, flags), 0, INFINITE);
            }
            case 'b': pos++; return single(new Node.Anchor(Node.Anchor.BOUNDARY, flags), 0, 0);
            case 'B': pos++; return single(new Node.Anchor(Node.Anchor.NON_BOUNDARY, flags), 0, 0);
            case 'A': pos++; return single(new Node.Anchor(Node.Anchor.BEGIN, flags), 0, 0);
            case 'z': pos++; return single(new Node.Anchor(Node.Anchor.END_OF_INPUT, flags), 0, 0);
            case 'Z': pos++; return single(new Node.Anchor(Node.Anchor.END, flags), 0, 0);
            case 'G': pos++; return single(new Node.Anchor(Node.Anchor.LAST_MATCH, flags), 0, 0);
            case 'R': {
                pos++;
                // \R: \r\n, or any single line break; the pair is tried first.
                Node pair = new Node.Literal("\r\n");
                Node one = new Node.One(new CharClass() {
                    boolean is(int cp) {
                        return (cp >= '\n' && cp <= '\r') || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
                    }
                });
                Node join = new Node.Empty();
                pair.next = join;
                one.next = join;
                return new Frag(new Node.Branch(new Node[] {pair, one}), join, 1, 2);
            }
            case 'Q': {
                pos++;
                int end = pattern.indexOf("\\E", pos);
                quoted = end < 0 ? pattern.substring(pos) : pattern.substring(pos, end);
                quotedAt = 0;
                pos = end < 0 ? pattern.length() : end + 2;
                return nextQuoted();
            }
            default:
                break;
        }
        CharClass cls = classEscape();
        if (cls != null) {
            return oneOf(cls);
        }
        return literal(charEscape());
    }

    /**
     * The next character of a {@code \Q...\E} quote. Each is its own atom, so a quantifier after the
     * quote applies to its last character only, as in Java.
     */
    private Frag nextQuoted() {
        if (quotedAt >= quoted.length()) {
            quoted = null;
            return null;
        }
        int cp = quoted.codePointAt(quotedAt);
        quotedAt += Character.charCount(cp);
        if (quotedAt >= quoted.length()) {
            quoted = null;
        }
        return literal(cp);
    }

    /** {@code \n}: as many digits as still name an existing group (at least the first). */
    private Frag backReference() {
        int ref = pattern.charAt(pos++) - '0';
        while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
            int next = ref * 10 + (pattern.charAt(pos) - '0');
            if (next > groupCount) {
                break;
            }
            ref = next;
            pos++;
        }
        return single(new Node.BackRef(ref, flags), 0, INFINITE);
    }

    /**
     * A predefined class escape ({@code \d \s \w \h \v \p{..}} and their complements) at {@code pos},
     * consumed; or null, consuming nothing, if the escape is not a class.
     */
    private CharClass classEscape() {
        char c = pattern.charAt(pos);
        boolean unicodeClasses = (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0;
        CharClass cls;
        switch (Character.toLowerCase(c)) {
            case 'd':
                cls = unicodeClasses ? CharClass.named(CharClass.J_DIGIT) : CharClass.named(CharClass.DIGIT);
                break;
            case 's':
                cls = unicodeClasses ? CharClass.property("IsWhite_Space") : CharClass.named(CharClass.SPACE);
                break;
            case 'w':
                cls = unicodeClasses ? CharClass.named(CharClass.J_ALPHABETIC).union(CharClass.property("gc=Mn"))
                        .union(CharClass.property("Nd")).union(CharClass.property("Pc")).union(CharClass.range(0x200C, 0x200D, 0))
                        : CharClass.named(CharClass.WORD);
                break;
            case 'h':
                cls = CharClass.named(CharClass.HSPACE);
                break;
            case 'v':
                cls = CharClass.named(CharClass.VSPACE);
                break;
            case 'p':
                pos++;
                cls = property(c == 'P');
                return cls;
            default:
                return null;
        }
        pos++;
        return Character.isUpperCase(c) ? cls.negate() : cls;
    }

    /** {@code \p{name}}, {@code \pL} or the {@code P} forms; {@code pos} is after the letter. */
    private CharClass property(boolean negated) {
        String name;
        if (pos < pattern.length() && pattern.charAt(pos) == '{') {
            int close = pattern.indexOf('}', pos);
            if (close < 0) {
                throw error("Unclosed character family", pattern.length());
            }
            name = pattern.substring(pos + 1, close);
            pos = close + 1;
        } else if (pos < pattern.length()) {
            name = String.valueOf(pattern.charAt(pos++));
        } else {
            throw error("Unknown character property name { }", pos);
        }
        CharClass cls = CharClass.property(name);
        if (cls == null) {
            throw error("Unknown character property name {" + name + "}", pos - 1);
        }
        cls = cls.caseFolded(flags);
        return negated ? cls.negate() : cls;
    }

    /** A single-character escape ({@code \t}, {@code \x41}, {@code \u0041}, {@code \0101}, {@code \cA}, {@code \.}). */
    private int charEscape() {
        char c = pattern.charAt(pos++);
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return 0x07;
            case 'e': return 0x1B;
            case 'c':
                if (pos >= pattern.length()) {
                    throw error("Illegal control escape sequence", pos);
                }
                return pattern.charAt(pos++) ^ 64;
            case '0': {
                int v = octalDigit();
                if (v < 0) {
                    throw error("Illegal octal escape sequence", pos);
                }
                int d = octalDigit();
                if (d >= 0) {
                    v = v * 8 + d;
                    if (v < 32) {
                        d = octalDigit();
                        if (d >= 0) {
                            v = v * 8 + d;
                        }
                    }
                }
                return v;
            }
            case 'x': {
                if (pos < pattern.length() && pattern.charAt(pos) == '{') {
                    int close = pattern.indexOf('}', pos);
                    long v = 0;
                    int k = pos + 1;
                    for (; close > 0 && k < close; k++) {
                        int d = Character.digit(pattern.charAt(k), 16);
                        if (d < 0) {
                            break;
                        }
                        v = v * 16 + d;
                        if (v > Character.MAX_CODE_POINT) {
                            throw error("Hexadecimal codepoint is too big", k);
                        }
                    }
                    if (close < 0 || k != close || k == pos + 1) {
                        throw error("Illegal hexadecimal escape sequence", pos);
                    }
                    pos = close + 1;
                    return (int) v;
                }
                int hi = pos < pattern.length() ? Character.digit(pattern.charAt(pos), 16) : -1;
                int lo = pos + 1 < pattern.length() ? Character.digit(pattern.charAt(pos + 1), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw error("Illegal hexadecimal escape sequence", pos);
                }
                pos += 2;
                return hi * 16 + lo;
            }
            case 'u': {
                int v = hex4();
                // A surrogate pair written as two escapes is one code point.
                if (Character.isHighSurrogate((char) v) && pos + 5 < pattern.length() + 0 && pattern.startsWith("\\u", pos)) {
                    int save = pos;
                    pos += 2;
                    int low = hex4();
                    if (Character.isLowSurrogate((char) low)) {
                        return Character.toCodePoint((char) v, (char) low);
                    }
                    pos = save;
                }
                return v;
            }
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    throw error("Illegal/unsupported escape sequence", pos - 1);
                }
                if (Character.isHighSurrogate(c) && pos < pattern.length() && Character.isLowSurrogate(pattern.charAt(pos))) {
                    return Character.toCodePoint(c, pattern.charAt(pos++));
                }
                return c;
        }
    }

    private int hex4() {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = pos < pattern.length() ? Character.digit(pattern.charAt(pos), 16) : -1;
            if (d < 0) {
                throw error("Illegal Unicode escape sequence", pos);
            }
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    private int octalDigit() {
        if (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '7') {
            return pattern.charAt(pos++) - '0';
        }
        return -1;
    }

    // ---------------------------------------------------------------- bracket expressions

    /** A bracket expression; {@code pos} is just after its {@code [}, and is left after its {@code ]}. */
    private CharClass bracket() {
        boolean negated = false;
        if (pos < pattern.length() && pattern.charAt(pos) == '^') {
            pos++;
            negated = true;
        }
        CharClass cls = classBody(true);
        if (cls == null) {
            cls = CharClass.none();
        }
        pos++;
        return negated ? cls.negate() : cls;
    }

    /** The items of a class up to (not past) its {@code ]}, intersections included. */
    private CharClass classBody(boolean atStart) {
        CharClass result = null;
        boolean first = atStart;
        while (true) {
            int c = peek();
            if (c < 0) {
                throw error("Unclosed character class", pattern.length() - 1);
            }
            if (c == ']' && !first) {
                if (result == null && !atStart) {
                    return null;
                }
                return result == null ? CharClass.none() : result;
            }
            first = false;
            if (c == '[') {
                pos++;
                CharClass nested = bracket();
                result = result == null ? nested : result.union(nested);
                continue;
            }
            if (c == '&' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '&') {
                pos += 2;
                CharClass right = classBody(false);
                // An empty side (as in [&&a] or [a&&]) does not constrain the other.
                if (right == null) {
                    return result == null ? CharClass.none() : result;
                }
                return result == null ? right : result.and(right);
            }
            result = result == null ? classItem() : result.union(classItem());
        }
    }

    /** One literal, range or predefined class inside brackets. */
    private CharClass classItem() {
        int lo;
        if (pattern.charAt(pos) == '\\') {
            pos++;
            if (pos >= pattern.length()) {
                throw error("Unclosed character class", pattern.length() - 1);
            }
            CharClass cls = classEscape();
            if (cls != null) {
                return cls;
            }
            if (pattern.charAt(pos) == 'Q') {
                pos++;
                int end = pattern.indexOf("\\E", pos);
                String quoted = end < 0 ? pattern.substring(pos) : pattern.substring(pos, end);
                pos = end < 0 ? pattern.length() : end + 2;
                CharClass q = CharClass.none();
                for (int i = 0; i < quoted.length(); i++) {
                    q = q.union(CharClass.single(quoted.charAt(i), flags));
                }
                return q;
            }
            lo = charEscape();
        } else {
            lo = takeCodePoint();
        }
        if (peek() == '-' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) != ']') {
            int dash = pos;
            pos++;
            int c = peek();
            if (c == '[') {
                // [a-[bc]]: the dash is literal, the nested class follows.
                pos = dash + 1;
                return CharClass.single(lo, flags).union(CharClass.single('-', flags));
            }
            if (c < 0) {
                throw error("Illegal character range", pos);
            }
            int hi;
            if (c == '\\') {
                pos++;
                if (pos >= pattern.length()) {
                    throw error("Illegal character range", pos);
                }
                int at = pos;
                if (classEscape() != null) {
                    throw error("Illegal character range", at);
                }
                hi = charEscape();
            } else {
                hi = takeCodePoint();
            }
            if (hi < lo) {
                throw error("Illegal character range", pos - 1);
            }
            return CharClass.range(lo, hi, flags);
        }
        if (pos >= pattern.length() && peek() < 0 && lo == '-') {
            throw error("Illegal character range", pos);
        }
        return CharClass.single(lo, flags);
    }
}
