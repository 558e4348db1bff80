package java.lang;

import cortado.internal.Text;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.Iterator;

/**
 * An immutable sequence of UTF-16 code units.
 *
 * <p>VM contract: the only instance fields are {@code value} (the characters, never shared with code that
 * could change them) and {@code hash} (0 until computed). The VM creates string constants by allocating a
 * {@code char[]} and a String and setting {@code value}; {@link #intern()} is native.
 *
 * <p>{@link #split(String)}, {@link #replaceAll}, {@link #replaceFirst} and {@link #matches} use
 * {@link java.util.regex.Pattern}; {@code split} by a single literal character skips it, as the JDK does.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;

    /** Orders strings as {@link #compareToIgnoreCase} does. */
    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        @Override
        public int compare(String a, String b) {
            return a.compareToIgnoreCase(b);
        }
    }

    // ---------------------------------------------------------------- construction

    /** The empty string. */
    public String() {
        value = new char[0];
    }

    /** A string with the same characters as {@code original}. */
    public String(String original) {
        value = original.value;
        hash = original.hash;
    }

    /** A string of a copy of {@code value}. */
    public String(char[] value) {
        this.value = value.clone();
    }

    /** A string of {@code count} characters of {@code value} from {@code offset}. */
    public String(char[] value, int offset, int count) {
        checkOffsetCount(offset, count, value.length);
        this.value = Text.copy(value, offset, count);
    }

    /** A string of the code points {@code codePoints[offset .. offset+count)}. */
    public String(int[] codePoints, int offset, int count) {
        checkOffsetCount(offset, count, codePoints.length);
        int n = 0;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
            n += Character.charCount(cp);
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            j += Character.toChars(codePoints[i], v, j);
        }
        this.value = v;
    }

    /** Decodes {@code bytes} in the default charset. */
    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Decodes {@code length} bytes from {@code offset} in the default charset. */
    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = Text.decode(bytes, offset, length, Text.defaultCharsetId());
    }

    /** Decodes {@code bytes} in the named charset. */
    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    /** Decodes {@code length} bytes from {@code offset} in the named charset. */
    public String(byte[] bytes, int offset, int length, String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        int id = Text.charsetId(charsetName);
        if (id < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        this.value = Text.decode(bytes, offset, length, id);
    }

    /** Decodes {@code bytes} in {@code charset}. */
    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    /** Decodes {@code length} bytes from {@code offset} in {@code charset}. */
    public String(byte[] bytes, int offset, int length, Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = Text.decode(bytes, offset, length, Text.charsetId(charset.name()));
    }

    /** The current contents of {@code builder}. */
    public String(StringBuilder builder) {
        this.value = builder.copyChars();
    }

    /** The current contents of {@code buffer}. */
    public String(StringBuffer buffer) {
        synchronized (buffer) {
            this.value = buffer.copyChars();
        }
    }

    /** Takes {@code value} without copying: the caller must never change it afterwards. */
    String(char[] value, boolean share) {
        this.value = value;
    }

    /** The characters themselves, for this package's code that only reads them. */
    char[] rawValue() {
        return value;
    }

    private static void checkOffsetCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        checkOffsetCount(offset, count, length);
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
        }
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    // ---------------------------------------------------------------- characters

    /** The number of UTF-16 code units. */
    public int length() {
        return value.length;
    }

    /** Whether the length is 0. */
    public boolean isEmpty() {
        return value.length == 0;
    }

    /** The code unit at {@code index}. */
    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        }
        return value[index];
    }

    /** The code point at {@code index} (a whole surrogate pair if one starts there). */
    public int codePointAt(int index) {
        checkIndex(index, value.length);
        return Character.codePointAt(value, index, value.length);
    }

    /** The code point before {@code index}. */
    public int codePointBefore(int index) {
        int i = index - 1;
        checkIndex(i, value.length);
        return Character.codePointBefore(value, index, 0);
    }

    /** The number of code points in {@code [beginIndex, endIndex)}. */
    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(value, beginIndex, endIndex - beginIndex);
    }

    /** The index {@code codePointOffset} code points away from {@code index}. */
    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > value.length) {
            throw new IndexOutOfBoundsException();
        }
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    /** Copies {@code [srcBegin, srcEnd)} into {@code dst} at {@code dstBegin}. */
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        if (dstBegin < 0 || dstBegin > dst.length - (srcEnd - srcBegin)) {
            throw new ArrayIndexOutOfBoundsException("Index " + dstBegin + " out of bounds for length " + dst.length);
        }
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    /** A new array of the characters. */
    public char[] toCharArray() {
        return value.clone();
    }

    // ---------------------------------------------------------------- bytes

    /** The characters encoded in the default charset. */
    public byte[] getBytes() {
        return Text.encode(value, 0, value.length, Text.defaultCharsetId());
    }

    /** The characters encoded in the named charset (UTF-8, ISO-8859-1 and US-ASCII are supported). */
    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException();
        }
        int id = Text.charsetId(charsetName);
        if (id < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        return Text.encode(value, 0, value.length, id);
    }

    /** The characters encoded in {@code charset}. */
    public byte[] getBytes(Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return Text.encode(value, 0, value.length, Text.charsetId(charset.name()));
    }

    // ---------------------------------------------------------------- comparison

    /** Whether {@code anObject} is a String with the same characters. */
    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] other = ((String) anObject).value;
        char[] v = value;
        if (v.length != other.length) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code cs} has the same characters. */
    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String) {
            return equals(cs);
        }
        int n = value.length;
        if (cs.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code sb} has the same characters. */
    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    private static boolean sameIgnoringCase(char a, char b) {
        if (a == b) {
            return true;
        }
        char ua = Character.toUpperCase(a);
        char ub = Character.toUpperCase(b);
        return ua == ub || Character.toLowerCase(ua) == Character.toLowerCase(ub);
    }

    /** Whether {@code other} has the same characters, ignoring case differences. */
    public boolean equalsIgnoreCase(String other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.value.length != value.length) {
            return false;
        }
        return regionMatches(true, 0, other, 0, value.length);
    }

    /** Lexicographic comparison by UTF-16 code unit, then by length. */
    public int compareTo(String other) {
        char[] a = value;
        char[] b = other.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Lexicographic comparison of the case-folded characters. */
    public int compareToIgnoreCase(String other) {
        char[] a = value;
        char[] b = other.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            char x = a[i];
            char y = b[i];
            if (x != y) {
                x = fold(x);
                y = fold(y);
                if (x != y) {
                    return x - y;
                }
            }
        }
        return a.length - b.length;
    }

    /** Whether a region of this string equals a region of {@code other}. */
    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    /** Whether a region of this string equals a region of {@code other}, optionally ignoring case. */
    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        char[] a = value;
        char[] b = other.value;
        if (ooffset < 0 || toffset < 0 || toffset > (long) a.length - len || ooffset > (long) b.length - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char x = a[toffset + i];
            char y = b[ooffset + i];
            if (x != y && !(ignoreCase && sameIgnoringCase(x, y))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this string starts with {@code prefix} at {@code toffset}. */
    public boolean startsWith(String prefix, int toffset) {
        char[] p = prefix.value;
        if (toffset < 0 || toffset > value.length - p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (value[toffset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether this string starts with {@code prefix}. */
    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    /** Whether this string ends with {@code suffix}. */
    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    /** {@code s[0]*31^(n-1) + s[1]*31^(n-2) + ... + s[n-1]}, with int arithmetic; 0 for the empty string. */
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) {
                h = 31 * h + v[i];
            }
            hash = h;
        }
        return h;
    }

    // ---------------------------------------------------------------- searching

    /** The first index of the code point {@code ch}, or -1. */
    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    /** The first index at or after {@code fromIndex} of the code point {@code ch}, or -1. */
    public int indexOf(int ch, int fromIndex) {
        char[] v = value;
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < v.length; i++) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = fromIndex; i < v.length - 1; i++) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    /** The last index of the code point {@code ch}, or -1. */
    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    /** The last index at or before {@code fromIndex} of the code point {@code ch}, or -1. */
    public int lastIndexOf(int ch, int fromIndex) {
        char[] v = value;
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, v.length - 1); i >= 0; i--) {
                if (v[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (!Character.isValidCodePoint(ch)) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = Math.min(fromIndex, v.length - 2); i >= 0; i--) {
            if (v[i] == hi && v[i + 1] == lo) {
                return i;
            }
        }
        return -1;
    }

    /** The first index of {@code str}, or -1. */
    public int indexOf(String str) {
        return indexOf(value, value.length, str.value, 0);
    }

    /** The first index at or after {@code fromIndex} of {@code str}, or -1. */
    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    /** The first index at or after {@code from} of {@code target} in {@code source[0..count)}, or -1. */
    static int indexOf(char[] source, int count, char[] target, int from) {
        if (from < 0) {
            from = 0;
        }
        int n = target.length;
        if (n == 0) {
            return from >= count ? count : from;
        }
        char first = target[0];
        int last = count - n;
        outer:
        for (int i = from; i <= last; i++) {
            if (source[i] != first) {
                continue;
            }
            for (int j = 1; j < n; j++) {
                if (source[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last index of {@code str}, or -1. */
    public int lastIndexOf(String str) {
        return lastIndexOf(value, value.length, str.value, value.length);
    }

    /** The last index at or before {@code fromIndex} of {@code str}, or -1. */
    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /** The last index at or before {@code from} of {@code target} in {@code source[0..count)}, or -1. */
    static int lastIndexOf(char[] source, int count, char[] target, int from) {
        int n = target.length;
        int start = Math.min(from, count - n);
        outer:
        for (int i = start; i >= 0; i--) {
            for (int j = 0; j < n; j++) {
                if (source[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Whether {@code s} occurs in this string. */
    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---------------------------------------------------------------- derived strings

    /** The characters from {@code beginIndex} to the end. */
    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    /** The characters of {@code [beginIndex, endIndex)}. */
    public String substring(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) {
            return this;
        }
        return new String(Text.copy(value, beginIndex, endIndex - beginIndex), true);
    }

    /** Same as {@link #substring(int, int)}. */
    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    /** This string followed by {@code str}. */
    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        if (value.length == 0) {
            return str;
        }
        char[] v = new char[value.length + str.value.length];
        System.arraycopy(value, 0, v, 0, value.length);
        System.arraycopy(str.value, 0, v, value.length, str.value.length);
        return new String(v, true);
    }

    /** Every {@code oldChar} replaced by {@code newChar}. */
    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        char[] v = value;
        int i = 0;
        while (i < v.length && v[i] != oldChar) {
            i++;
        }
        if (i == v.length) {
            return this;
        }
        char[] r = v.clone();
        for (; i < r.length; i++) {
            if (r[i] == oldChar) {
                r[i] = newChar;
            }
        }
        return new String(r, true);
    }

    /** Every occurrence of {@code target} replaced by {@code replacement}, left to right. */
    public String replace(CharSequence target, CharSequence replacement) {
        char[] t = target.toString().value;
        String rep = replacement.toString();
        int at = indexOf(value, value.length, t, 0);
        if (at < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(value.length + 16);
        int from = 0;
        if (t.length == 0) {
            for (int i = 0; i < value.length; i++) {
                sb.append(rep).append(value[i]);
            }
            return sb.append(rep).toString();
        }
        while (at >= 0) {
            sb.append(value, from, at - from).append(rep);
            from = at + t.length;
            at = indexOf(value, value.length, t, from);
        }
        return sb.append(value, from, value.length - from).toString();
    }

    /** Whether the whole string matches {@code regex}. */
    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    /** The first match of {@code regex} replaced by {@code replacement} (with {@code $n} references). */
    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    /** Every match of {@code regex} replaced by {@code replacement} (with {@code $n} references). */
    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    /** Splits around matches of {@code regex}, trailing empty strings removed. */
    public String[] split(String regex) {
        return split(regex, 0);
    }

    /** Splits around matches of {@code regex}, at most {@code limit} parts if positive (see the API docs). */
    public String[] split(String regex, int limit) {
        return Text.split(this, regex, limit);
    }

    /** {@code elements} joined with {@code delimiter} between them. */
    public static String join(CharSequence delimiter, CharSequence... elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    /** {@code elements} joined with {@code delimiter} between them. */
    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        Iterator<? extends CharSequence> it = elements.iterator();
        while (it.hasNext()) {
            if (!first) {
                sb.append(delimiter);
            }
            sb.append(it.next());
            first = false;
        }
        return sb.toString();
    }

    /**
     * Lower case for {@code locale}: the locale-independent mapping ({@link #toLowerCase()}); the Turkish,
     * Azerbaijani and Lithuanian rules are not implemented (see the library README).
     */
    public String toLowerCase(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale);
        return toLowerCase();
    }

    /** Upper case for {@code locale}: the locale-independent mapping ({@link #toUpperCase()}), as for lower case. */
    public String toUpperCase(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale);
        return toUpperCase();
    }

    /** Lower case by the Unicode simple mappings, plus the full mapping of {@code \u0130} and the final-sigma rule. */
    public String toLowerCase() {
        char[] v = value;
        int i = 0;
        while (i < v.length) {
            char c = v[i];
            if (c >= 0x80 ? (Character.toLowerCase(c) != c || c == '\u0130' || Character.isSurrogate(c)) : (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == v.length) {
            return this;
        }
        StringBuilder sb = new StringBuilder(v.length);
        sb.append(v, 0, i);
        while (i < v.length) {
            int cp = Character.codePointAt(v, i);
            if (cp == 0x130) {
                sb.append('i').append('\u0307');
            } else if (cp == 0x3A3 && Character.isFinalSigma(v, i)) {
                sb.append('\u03C2');
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Upper case by the Unicode full mappings (so {@code ß} becomes {@code SS}), else the simple ones. */
    public String toUpperCase() {
        char[] v = value;
        int i = 0;
        while (i < v.length) {
            char c = v[i];
            if (c >= 0x80 ? (Character.toUpperCase(c) != c || Character.fullUpperCase(c) != null || Character.isSurrogate(c)) : (c >= 'a' && c <= 'z')) {
                break;
            }
            i++;
        }
        if (i == v.length) {
            return this;
        }
        StringBuilder sb = new StringBuilder(v.length);
        sb.append(v, 0, i);
        while (i < v.length) {
            int cp = Character.codePointAt(v, i);
            String full = Character.fullUpperCase(cp);
            if (full != null) {
                sb.append(full);
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Without leading and trailing characters {@code <= ' '}. */
    public String trim() {
        int start = 0;
        int end = value.length;
        while (start < end && value[start] <= ' ') {
            start++;
        }
        while (end > start && value[end - 1] <= ' ') {
            end--;
        }
        return substring(start, end);
    }

    private int leadingWhitespace() {
        int i = 0;
        while (i < value.length && Character.isWhitespace(value[i])) {
            i++;
        }
        return i;
    }

    private int trailingWhitespaceStart() {
        int i = value.length;
        while (i > 0 && Character.isWhitespace(value[i - 1])) {
            i--;
        }
        return i;
    }

    /** Without leading and trailing white space (as {@link Character#isWhitespace(char)} defines it). */
    public String strip() {
        int start = leadingWhitespace();
        return start == value.length ? "" : substring(start, trailingWhitespaceStart());
    }

    /** Without leading white space. */
    public String stripLeading() {
        return substring(leadingWhitespace());
    }

    /** Without trailing white space. */
    public String stripTrailing() {
        return substring(0, trailingWhitespaceStart());
    }

    /** Whether the string is empty or only white space. */
    public boolean isBlank() {
        return leadingWhitespace() == value.length;
    }

    /** This string repeated {@code count} times. */
    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        long total = (long) value.length * count;
        if (total > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] r = new char[(int) total];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, r, i * value.length, value.length);
        }
        return new String(r, true);
    }

    /** This string itself. */
    public String toString() {
        return this;
    }

    /** The canonical representation: the same string object for every equal string (native). */
    public native String intern();

    // ---------------------------------------------------------------- formatting and valueOf

    /** Formats {@code args} with {@code format} (see {@link java.util.Formatter}). */
    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    /**
     * Formats {@code args} with {@code format} for locale {@code l}; numbers print in the ROOT/US style
     * whatever the locale (see {@link java.util.Formatter}).
     */
    public static String format(java.util.Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(l, format, args).toString();
    }

    /** Formats {@code args} with this string as format. */
    public String formatted(Object... args) {
        return format(this, args);
    }

    /** {@code "null"} or {@code obj.toString()}. */
    public static String valueOf(Object obj) {
        return obj == null ? "null" : obj.toString();
    }

    /** A string of a copy of {@code data}. */
    public static String valueOf(char[] data) {
        return new String(data);
    }

    /** A string of {@code count} characters of {@code data} from {@code offset}. */
    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    /** Same as {@link #valueOf(char[], int, int)}. */
    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    /** Same as {@link #valueOf(char[])}. */
    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    /** {@code "true"} or {@code "false"}. */
    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    /** A one-character string. */
    public static String valueOf(char c) {
        return new String(new char[] {c}, true);
    }

    /** Decimal representation. */
    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    /** Decimal representation. */
    public static String valueOf(long l) {
        return Long.toString(l);
    }

    /** As {@link Float#toString(float)}. */
    public static String valueOf(float f) {
        return Float.toString(f);
    }

    /** As {@link Double#toString(double)}. */
    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
