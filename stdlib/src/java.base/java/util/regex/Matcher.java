package java.util.regex;

import java.util.function.Function;

/**
 * Matches one {@link Pattern} against one input: {@link #matches}, {@link #lookingAt} and {@link #find}
 * within a region, the groups of the last match, and replacement with {@code $n}, {@code ${name}} and
 * {@code \} escapes. It also holds the mutable state the pattern's {@link Node}s use while matching
 * (captures, loop counters, bounds), which is why a matcher, unlike a pattern, is not shareable.
 */
public final class Matcher implements MatchResult {
    private Pattern pattern;
    private CharSequence text;

    // State the nodes read and write while matching.
    int[] groups;
    int[] pending;
    int[] loopCount;
    int[] loopStart;
    int from;
    int to;
    int textEnd;
    boolean transparentBounds;
    boolean anchoringBounds = true;
    boolean requireEnd;
    boolean hitEnd;
    int matchEnd;
    int subEnd;
    int behindEnd;
    int lastMatchEnd = -1;

    /** Start and end of the last match; first is -1 when there is none. */
    private int first = -1;
    private int last;
    private int appendPos;
    private int modCount;

    Matcher(Pattern pattern, CharSequence text) {
        this.pattern = pattern;
        this.text = text;
        allocate();
        reset();
    }

    private void allocate() {
        groups = new int[2 * (pattern.groupCount + 1)];
        pending = new int[pattern.groupCount + 1];
        loopCount = new int[pattern.loopSlots];
        loopStart = new int[pattern.loopSlots];
    }

    /** The pattern this matcher uses. */
    public Pattern pattern() {
        return pattern;
    }

    /** Switches to another pattern, keeping the input and position but forgetting the groups. */
    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        pattern = newPattern;
        allocate();
        for (int k = 0; k < groups.length; k++) {
            groups[k] = -1;
        }
        modCount++;
        return this;
    }

    /** Forgets any match and the region, and starts again from the beginning of the input. */
    public Matcher reset() {
        first = -1;
        last = 0;
        lastMatchEnd = -1;
        appendPos = 0;
        textEnd = text.length();
        from = 0;
        to = textEnd;
        for (int k = 0; k < groups.length; k++) {
            groups[k] = -1;
        }
        modCount++;
        return this;
    }

    /** Resets with a new input. */
    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    /** Limits matching to {@code [start, end)} of the input (and resets). */
    public Matcher region(int start, int end) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > text.length()) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    /** Start of the region. */
    public int regionStart() {
        return from;
    }

    /** End of the region. */
    public int regionEnd() {
        return to;
    }

    /** Whether look-around and boundaries may see past the region. */
    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    /** Lets look-around and boundaries see past the region (or not). */
    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    /** Whether {@code ^} and {@code $} match at the region's bounds. */
    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    /** Makes {@code ^} and {@code $} match at the region's bounds (or only at the input's). */
    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    /** Whether the last match operation read up to the end of the input. */
    public boolean hitEnd() {
        return hitEnd;
    }

    /** Whether more input could have turned the last match into a non-match (approximated as false). */
    public boolean requireEnd() {
        return false;
    }

    // ---------------------------------------------------------------- matching

    /** Tries the pattern at exactly {@code start}; on success records the match. */
    private boolean attempt(int start, boolean wholeRegion) {
        for (int k = 0; k < groups.length; k++) {
            groups[k] = -1;
        }
        requireEnd = wholeRegion;
        if (!pattern.root.match(this, start, text)) {
            return false;
        }
        groups[0] = start;
        groups[1] = matchEnd;
        first = start;
        last = matchEnd;
        lastMatchEnd = matchEnd;
        return true;
    }

    private boolean search(int start) {
        hitEnd = false;
        CharClass startClass = pattern.startClass;
        for (int s = start; s <= to; s++) {
            if (startClass != null && s < to) {
                char c = text.charAt(s);
                // Surrogates are left to the graph, which reads whole code points.
                if (!Character.isSurrogate(c) && !startClass.is(c)) {
                    continue;
                }
            }
            if (attempt(s, false)) {
                return true;
            }
        }
        failed();
        return false;
    }

    private void failed() {
        first = -1;
        for (int k = 0; k < groups.length; k++) {
            groups[k] = -1;
        }
    }

    /** Whether the whole region matches. */
    public boolean matches() {
        hitEnd = false;
        if (attempt(from, true)) {
            return true;
        }
        failed();
        return false;
    }

    /** Whether a prefix of the region matches. */
    public boolean lookingAt() {
        hitEnd = false;
        if (attempt(from, false)) {
            return true;
        }
        failed();
        return false;
    }

    /** Finds the next match, starting after the previous one (one further if it was empty). */
    public boolean find() {
        int next = last;
        if (first >= 0 && next == first) {
            next++;
        }
        if (next < from) {
            next = from;
        }
        if (next > to) {
            failed();
            return false;
        }
        return search(next);
    }

    /** Resets, then finds the first match at or after {@code start} of the input. */
    public boolean find(int start) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    // ---------------------------------------------------------------- results

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    private int named(String name) {
        if (name == null) {
            throw new NullPointerException("Group name");
        }
        int index = pattern.groupIndex(name);
        if (index < 0) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return index;
    }

    /** Start of the last match. */
    public int start() {
        checkMatch();
        return first;
    }

    /** Start of group {@code group} in the last match, or -1. */
    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[2 * group];
    }

    /** Start of the named group in the last match, or -1. */
    public int start(String name) {
        return start(named(name));
    }

    /** End of the last match. */
    public int end() {
        checkMatch();
        return last;
    }

    /** End of group {@code group} in the last match, or -1. */
    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[2 * group + 1];
    }

    /** End of the named group in the last match, or -1. */
    public int end(String name) {
        return end(named(name));
    }

    /** The text of the last match. */
    public String group() {
        return group(0);
    }

    /** The text of group {@code group} in the last match, or null if it did not participate. */
    public String group(int group) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        checkGroup(group);
        int s = groups[2 * group];
        int e = groups[2 * group + 1];
        return s < 0 ? null : text.subSequence(s, e).toString();
    }

    /** The text of the named group in the last match, or null. */
    public String group(String name) {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
        return group(named(name));
    }

    /** The number of capturing groups in the pattern. */
    public int groupCount() {
        return pattern.groupCount;
    }

    /** A snapshot of the last match that later matching does not change. */
    public MatchResult toMatchResult() {
        String snapshot = first < 0 ? null : text.toString();
        return new Snapshot(first < 0 ? null : groups.clone(), pattern.groupCount, snapshot);
    }

    /** The immutable result {@link #toMatchResult} returns. */
    private static final class Snapshot implements MatchResult {
        private final int[] spans;
        private final int count;
        private final String text;

        Snapshot(int[] spans, int count, String text) {
            this.spans = spans;
            this.count = count;
            this.text = text;
        }

        private void check(int group) {
            if (spans == null) {
                throw new IllegalStateException("No match found");
            }
            if (group < 0 || group > count) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        public int start() {
            return start(0);
        }

        public int start(int group) {
            check(group);
            return spans[2 * group];
        }

        public int end() {
            return end(0);
        }

        public int end(int group) {
            check(group);
            return spans[2 * group + 1];
        }

        public String group() {
            return group(0);
        }

        public String group(int group) {
            check(group);
            return spans[2 * group] < 0 ? null : text.substring(spans[2 * group], spans[2 * group + 1]);
        }

        public int groupCount() {
            return count;
        }
    }

    // ---------------------------------------------------------------- replacement

    /** {@code s} with {@code \} and {@code $} escaped, so that a replacement inserts it literally. */
    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Appends {@code replacement} with its group references resolved against the last match. */
    private void expand(String replacement, StringBuilder out) {
        int n = replacement.length();
        int i = 0;
        while (i < n) {
            char c = replacement.charAt(i++);
            if (c == '\\') {
                if (i >= n) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                out.append(replacement.charAt(i++));
            } else if (c != '$') {
                out.append(c);
            } else {
                if (i >= n) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                int ref;
                if (replacement.charAt(i) == '{') {
                    i++;
                    int start = i;
                    while (i < n && isNameChar(replacement.charAt(i))) {
                        i++;
                    }
                    if (i == start) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (i >= n || replacement.charAt(i) != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String name = replacement.substring(start, i);
                    i++;
                    if (Character.isDigit(name.charAt(0))) {
                        throw new IllegalArgumentException("capturing group name {" + name + "} starts with digit character");
                    }
                    ref = pattern.groupIndex(name);
                    if (ref < 0) {
                        throw new IllegalArgumentException("No group with name {" + name + "}");
                    }
                } else {
                    int d = replacement.charAt(i) - '0';
                    if (d < 0 || d > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    i++;
                    ref = d;
                    // Further digits belong to the reference only while it still names a group.
                    while (i < n) {
                        int e = replacement.charAt(i) - '0';
                        if (e < 0 || e > 9 || ref * 10 + e > groupCount()) {
                            break;
                        }
                        ref = ref * 10 + e;
                        i++;
                    }
                    if (ref > groupCount()) {
                        throw new IndexOutOfBoundsException("No group " + ref);
                    }
                }
                int s = groups[2 * ref];
                if (s >= 0) {
                    out.append(text, s, groups[2 * ref + 1]);
                }
            }
        }
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Appends the input from the last append position to this match, then the expanded replacement. */
    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch();
        StringBuilder expanded = new StringBuilder();
        expand(replacement, expanded);
        sb.append(text, appendPos, first);
        sb.append(expanded);
        appendPos = last;
        modCount++;
        return this;
    }

    /** {@link #appendReplacement(StringBuilder, String)} for a StringBuffer. */
    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        checkMatch();
        StringBuilder expanded = new StringBuilder();
        expand(replacement, expanded);
        sb.append(text, appendPos, first);
        sb.append(expanded);
        appendPos = last;
        modCount++;
        return this;
    }

    /** Appends the input after the last replacement. */
    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, appendPos, textEnd);
        return sb;
    }

    /** {@link #appendTail(StringBuilder)} for a StringBuffer. */
    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, appendPos, textEnd);
        return sb;
    }

    /** The input with every match replaced by the expanded {@code replacement}. */
    public String replaceAll(String replacement) {
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
        } while (find());
        return appendTail(sb).toString();
    }

    /** The input with every match replaced by what {@code replacer} returns for it (then expanded). */
    public String replaceAll(Function<MatchResult, String> replacer) {
        if (replacer == null) {
            throw new NullPointerException();
        }
        return replace(replacer, true);
    }

    /** The input with the first match replaced by the expanded {@code replacement}. */
    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }

    /** The input with the first match replaced by what {@code replacer} returns for it. */
    public String replaceFirst(Function<MatchResult, String> replacer) {
        if (replacer == null) {
            throw new NullPointerException();
        }
        return replace(replacer, false);
    }

    /** The Function forms of replaceAll ({@code all}) and replaceFirst. */
    private String replace(Function<MatchResult, String> replacer, boolean all) {
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            int expected = modCount;
            String replacement = replacer.apply(this);
            // The function must not use this matcher to match again.
            if (expected != modCount) {
                throw new java.util.ConcurrentModificationException();
            }
            appendReplacement(sb, replacement);
        } while (all && find());
        return appendTail(sb).toString();
    }

    /** As HotSpot prints it: pattern, region and the last match. */
    @Override
    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern + " region=" + from + "," + to + " lastmatch="
                + (first >= 0 ? text.subSequence(first, last).toString() : "") + "]";
    }
}
