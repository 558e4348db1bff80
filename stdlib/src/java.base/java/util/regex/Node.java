package java.util.regex;

/**
 * The compiled form of a pattern: a graph of nodes, each of which matches its own piece at position
 * {@code i} and then asks its successor {@link #next} to match the rest. A node returns true only if the
 * whole remainder matched, so backtracking is simply returning false and letting the caller try its next
 * choice. Nodes carry no per-match state; what changes during a match (captures, loop counters) lives in
 * the {@link Matcher}, and every node that changes it restores it when its continuation fails.
 */
abstract class Node {
    /** What must match after this node. */
    Node next;

    /** Whether this node and everything after it match {@code s} from {@code i}. */
    abstract boolean match(Matcher m, int i, CharSequence s);

    /** The end of a whole pattern: records where the match ended. */
    static final class Accept extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.requireEnd && i != m.to) {
                return false;
            }
            m.matchEnd = i;
            return true;
        }
    }

    /** The end of a sub-match (atomic group or look-around body): records the end, succeeds. */
    static final class Done extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            m.subEnd = i;
            return true;
        }
    }

    /** Does nothing: where alternatives meet, and the body of an empty group. */
    static final class Empty extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    /** One code point from a class. */
    static final class One extends Node {
        final CharClass cls;

        One(CharClass cls) {
            this.cls = cls;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (i >= m.to) {
                m.hitEnd = true;
                return false;
            }
            int c = s.charAt(i);
            int w = 1;
            if (Character.isHighSurrogate((char) c) && i + 1 < m.to && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(i + 1));
                w = 2;
            }
            return cls.is(c) && next.match(m, i + w, s);
        }
    }

    /** A run of literal characters compared exactly (the common case, so not one node per char). */
    static final class Literal extends Node {
        /** Not final: the parser appends to the last run while it reads adjacent literals. */
        String text;

        Literal(String text) {
            this.text = text;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int n = text.length();
            for (int k = 0; k < n; k++) {
                if (i + k >= m.to) {
                    m.hitEnd = true;
                    return false;
                }
                if (s.charAt(i + k) != text.charAt(k)) {
                    return false;
                }
            }
            return next.match(m, i + n, s);
        }
    }

    /**
     * A greedy, reluctant or possessive repetition of a single-code-point class. It counts matches in a loop
     * and backtracks by stepping back, so {@code \s+} or {@code .*} on a long input never recurses per character.
     */
    static final class Repeat extends Node {
        final CharClass cls;
        final int min;
        final int max;
        final int kind;

        Repeat(CharClass cls, int min, int max, int kind) {
            this.cls = cls;
            this.min = min;
            this.max = max;
            this.kind = kind;
        }

        /** The end of the code point of {@code cls} at {@code i}, or -1. */
        private int step(Matcher m, int i, CharSequence s) {
            if (i >= m.to) {
                m.hitEnd = true;
                return -1;
            }
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < m.to && Character.isLowSurrogate(s.charAt(i + 1))) {
                return cls.is(Character.toCodePoint(ch, s.charAt(i + 1))) ? i + 2 : -1;
            }
            return cls.is(ch) ? i + 1 : -1;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int j = i;
            int n = 0;
            while (n < min) {
                j = step(m, j, s);
                if (j < 0) {
                    return false;
                }
                n++;
            }
            if (kind == Parser.RELUCTANT) {
                while (true) {
                    if (next.match(m, j, s)) {
                        return true;
                    }
                    if (n >= max) {
                        return false;
                    }
                    j = step(m, j, s);
                    if (j < 0) {
                        return false;
                    }
                    n++;
                }
            }
            int base = j;
            while (n < max) {
                int k = step(m, j, s);
                if (k < 0) {
                    break;
                }
                j = k;
                n++;
            }
            if (kind == Parser.POSSESSIVE) {
                return next.match(m, j, s);
            }
            while (true) {
                if (next.match(m, j, s)) {
                    return true;
                }
                if (j <= base) {
                    return false;
                }
                j--;
                if (j > base && Character.isLowSurrogate(s.charAt(j)) && Character.isHighSurrogate(s.charAt(j - 1))) {
                    j--;
                }
            }
        }
    }

    /** Records where capturing group {@code index} starts; the tail publishes it. */
    static final class GroupHead extends Node {
        final int index;

        GroupHead(int index) {
            this.index = index;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.pending[index];
            m.pending[index] = i;
            boolean r = next.match(m, i, s);
            m.pending[index] = saved;
            return r;
        }
    }

    /** Publishes capturing group {@code index}, undone if the rest fails. */
    static final class GroupTail extends Node {
        final int index;

        GroupTail(int index) {
            this.index = index;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] g = m.groups;
            int oldStart = g[2 * index];
            int oldEnd = g[2 * index + 1];
            g[2 * index] = m.pending[index];
            g[2 * index + 1] = i;
            if (next.match(m, i, s)) {
                return true;
            }
            g[2 * index] = oldStart;
            g[2 * index + 1] = oldEnd;
            return false;
        }
    }

    /** Alternatives tried in order; each ends at a shared node leading to {@link #next}. */
    static final class Branch extends Node {
        final Node[] alternatives;

        Branch(Node[] alternatives) {
            this.alternatives = alternatives;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            for (Node alt : alternatives) {
                if (alt.match(m, i, s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A repetition of a general sub-pattern. The body's last node is a {@link LoopTail} that comes back here
     * after each iteration; the iteration count and start live in the matcher's loop slots, saved on entry
     * and restored on exit so that re-entering the loop from its own continuation is safe.
     */
    static final class Loop extends Node {
        Node body;
        final int min;
        final int max;
        final boolean greedy;
        final int slot;

        Loop(int min, int max, boolean greedy, int slot) {
            this.min = min;
            this.max = max;
            this.greedy = greedy;
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int savedCount = m.loopCount[slot];
            int savedStart = m.loopStart[slot];
            m.loopCount[slot] = 0;
            m.loopStart[slot] = -1;
            boolean r = iterate(m, i, s);
            m.loopCount[slot] = savedCount;
            m.loopStart[slot] = savedStart;
            return r;
        }

        /** After {@code loopCount} iterations ending at {@code i}: another iteration, or the continuation. */
        boolean iterate(Matcher m, int i, CharSequence s) {
            int count = m.loopCount[slot];
            if (count >= min && i == m.loopStart[slot]) {
                // The last iteration matched nothing: iterating again could only loop forever.
                return next.match(m, i, s);
            }
            if (count < min) {
                return another(m, i, s, count);
            }
            if (greedy) {
                if (count < max && another(m, i, s, count)) {
                    return true;
                }
                return next.match(m, i, s);
            }
            if (next.match(m, i, s)) {
                return true;
            }
            return count < max && another(m, i, s, count);
        }

        private boolean another(Matcher m, int i, CharSequence s, int count) {
            int savedStart = m.loopStart[slot];
            m.loopCount[slot] = count + 1;
            m.loopStart[slot] = i;
            if (body.match(m, i, s)) {
                return true;
            }
            m.loopCount[slot] = count;
            m.loopStart[slot] = savedStart;
            return false;
        }
    }

    /** The end of a {@link Loop}'s body. */
    static final class LoopTail extends Node {
        final Loop loop;

        LoopTail(Loop loop) {
            this.loop = loop;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int count = m.loopCount[loop.slot];
            int start = m.loopStart[loop.slot];
            if (loop.iterate(m, i, s)) {
                return true;
            }
            m.loopCount[loop.slot] = count;
            m.loopStart[loop.slot] = start;
            return false;
        }
    }

    /**
     * An atomic group {@code (?>X)} (and a possessive quantifier on a group): the body's first match is
     * final; if the rest fails the whole group fails, and captures made inside are undone.
     */
    static final class Atomic extends Node {
        final Node body;

        Atomic(Node body) {
            this.body = body;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] saved = m.groups.clone();
            if (!body.match(m, i, s)) {
                return false;
            }
            if (next.match(m, m.subEnd, s)) {
                return true;
            }
            System.arraycopy(saved, 0, m.groups, 0, saved.length);
            return false;
        }
    }

    /**
     * After a look-around body was tried at {@code i}: the rest of the pattern if the assertion holds. Captures
     * made by a negative assertion, or by a positive one whose continuation fails, are undone.
     */
    static boolean continueAfterLook(Node look, Matcher m, int i, CharSequence s, boolean found, boolean negative,
            int[] saved) {
        if (negative) {
            System.arraycopy(saved, 0, m.groups, 0, saved.length);
            return !found && look.next.match(m, i, s);
        }
        if (found && look.next.match(m, i, s)) {
            return true;
        }
        System.arraycopy(saved, 0, m.groups, 0, saved.length);
        return false;
    }

    /** Look-ahead {@code (?=X)} or {@code (?!X)}: the body is tried in place and consumes nothing. */
    static final class LookAhead extends Node {
        final Node body;
        final boolean negative;

        LookAhead(Node body, boolean negative) {
            this.body = body;
            this.negative = negative;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] saved = m.groups.clone();
            int savedTo = m.to;
            if (m.transparentBounds) {
                m.to = m.textEnd;
            }
            boolean found = body.match(m, i, s);
            m.to = savedTo;
            return continueAfterLook(this, m, i, s, found, negative, saved);
        }
    }

    /**
     * Look-behind {@code (?<=X)} or {@code (?<!X)}: the body must match some text ending exactly here, so it
     * is tried from each start the body's length bounds allow, nearest first.
     */
    static final class LookBehind extends Node {
        final Node body;
        final boolean negative;
        final int minLength;
        final int maxLength;

        LookBehind(Node body, boolean negative, int minLength, int maxLength) {
            this.body = body;
            this.negative = negative;
            this.minLength = minLength;
            this.maxLength = maxLength;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] saved = m.groups.clone();
            int savedEnd = m.behindEnd;
            int savedTo = m.to;
            int lowest = m.transparentBounds ? 0 : m.from;
            int first = i - minLength;
            int last = maxLength < 0 ? lowest : Math.max(lowest, i - maxLength);
            m.behindEnd = i;
            m.to = i;
            boolean found = false;
            for (int j = first; j >= last && !found; j--) {
                found = body.match(m, j, s);
            }
            m.to = savedTo;
            m.behindEnd = savedEnd;
            return continueAfterLook(this, m, i, s, found, negative, saved);
        }
    }

    /** The end of a look-behind body: succeeds only where the look-behind started. */
    static final class BehindEnd extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.behindEnd;
        }
    }

    /** A back-reference to a capturing group, optionally ignoring case. */
    static final class BackRef extends Node {
        final int group;
        final int flags;

        BackRef(int group, int flags) {
            this.group = group;
            this.flags = flags;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (2 * group + 1 >= m.groups.length) {
                return false;
            }
            int start = m.groups[2 * group];
            int end = m.groups[2 * group + 1];
            if (start < 0) {
                return false;
            }
            int n = end - start;
            if (i + n > m.to) {
                m.hitEnd = true;
                return false;
            }
            boolean ci = (flags & Pattern.CASE_INSENSITIVE) != 0;
            boolean unicode = (flags & Pattern.UNICODE_CASE) != 0;
            for (int k = 0; k < n; k++) {
                char a = s.charAt(start + k);
                char b = s.charAt(i + k);
                if (a != b && !(ci && CharClass.sameIgnoringCase(a, b, unicode))) {
                    return false;
                }
            }
            return next.match(m, i + n, s);
        }
    }

    /** The anchors and boundaries: {@code ^ $ \A \z \Z \b \B \G}. */
    static final class Anchor extends Node {
        static final int BEGIN = 0;
        static final int LINE_BEGIN = 1;
        static final int END = 2;
        static final int LINE_END = 3;
        static final int END_OF_INPUT = 4;
        static final int BOUNDARY = 5;
        static final int NON_BOUNDARY = 6;
        static final int LAST_MATCH = 7;

        final int kind;
        final boolean unixLines;

        Anchor(int kind, int flags) {
            this.kind = kind;
            this.unixLines = (flags & Pattern.UNIX_LINES) != 0;
        }

        private boolean terminator(char c) {
            if (unixLines) {
                return c == '\n';
            }
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }

        boolean match(Matcher m, int i, CharSequence s) {
            return test(m, i, s) && next.match(m, i, s);
        }

        private boolean test(Matcher m, int i, CharSequence s) {
            int start = m.anchoringBounds ? m.from : 0;
            int end = m.anchoringBounds ? m.to : m.textEnd;
            switch (kind) {
                case BEGIN:
                    return i == start;
                case LINE_BEGIN:
                    if (i == start) {
                        return true;
                    }
                    if (i >= end || i <= 0) {
                        return false;
                    }
                    char before = s.charAt(i - 1);
                    if (!terminator(before)) {
                        return false;
                    }
                    // Not between the two halves of \r\n.
                    return !(before == '\r' && s.charAt(i) == '\n' && !unixLines);
                case END:
                case LINE_END:
                    if (i >= end) {
                        m.hitEnd = true;
                        return true;
                    }
                    char c = s.charAt(i);
                    if (!terminator(c)) {
                        return false;
                    }
                    if (!unixLines && c == '\n' && i > 0 && s.charAt(i - 1) == '\r') {
                        return false;
                    }
                    if (kind == LINE_END) {
                        return true;
                    }
                    int after = i + 1;
                    if (!unixLines && c == '\r' && after < end && s.charAt(after) == '\n') {
                        after++;
                    }
                    m.hitEnd = true;
                    return after == end;
                case END_OF_INPUT:
                    m.hitEnd = true;
                    return i == end;
                case BOUNDARY:
                case NON_BOUNDARY:
                    return isBoundary(m, i, s) == (kind == BOUNDARY);
                case LAST_MATCH:
                    return i == (m.lastMatchEnd < 0 ? m.from : m.lastMatchEnd);
                default:
                    return false;
            }
        }

        private static boolean isBoundary(Matcher m, int i, CharSequence s) {
            int lo = m.transparentBounds ? 0 : m.from;
            int hi = m.transparentBounds ? m.textEnd : m.to;
            boolean left = i > lo && isWord(Character.codePointBefore(s, i));
            boolean right = i < hi && isWord(Character.codePointAt(s, i));
            if (i >= hi) {
                m.hitEnd = true;
            }
            return left != right;
        }

        /** Java 17's \b counts letters and digits of any script as word characters, unlike \w. */
        private static boolean isWord(int c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }
}
