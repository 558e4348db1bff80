package java.lang;

/**
 * The box of {@code char}, and the character properties and UTF-16 helpers.
 *
 * <p>Properties are exact for ASCII and Latin-1 (U+0000..U+00FF). Beyond Latin-1 this is not a full Unicode
 * database: case mappings cover Latin Extended-A, Greek, Cyrillic, Armenian and the full-width Latin letters;
 * letter, digit, space and identifier tests use tables of the main script ranges. Code outside those ranges
 * gets the answer for an unassigned character.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    /** The smallest radix for parsing and formatting. */
    public static final int MIN_RADIX = 2;
    /** The largest radix for parsing and formatting. */
    public static final int MAX_RADIX = 36;
    /** The smallest char. */
    public static final char MIN_VALUE = '\u0000';
    /** The largest char. */
    public static final char MAX_VALUE = '\uFFFF';
    /** The mirror of {@code char}. */
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");
    /** The smallest high surrogate. */
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    /** The largest high surrogate. */
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    /** The smallest low surrogate. */
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    /** The largest low surrogate. */
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    /** The smallest surrogate. */
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    /** The largest surrogate. */
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    /** The smallest supplementary code point. */
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    /** The smallest code point. */
    public static final int MIN_CODE_POINT = 0x000000;
    /** The largest code point. */
    public static final int MAX_CODE_POINT = 0x10FFFF;
    /** Bits in a char. */
    public static final int SIZE = 16;
    /** Bytes in a char. */
    public static final int BYTES = 2;

    private static final Character[] CACHE = new Character[128];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Character((char) i);
        }
    }

    /** General category Cn: unassigned. */
    public static final byte UNASSIGNED = 0;
    /** General category Lu. */
    public static final byte UPPERCASE_LETTER = 1;
    /** General category Ll. */
    public static final byte LOWERCASE_LETTER = 2;
    /** General category Lt. */
    public static final byte TITLECASE_LETTER = 3;
    /** General category Lm. */
    public static final byte MODIFIER_LETTER = 4;
    /** General category Lo. */
    public static final byte OTHER_LETTER = 5;
    /** General category Mn. */
    public static final byte NON_SPACING_MARK = 6;
    /** General category Me. */
    public static final byte ENCLOSING_MARK = 7;
    /** General category Mc. */
    public static final byte COMBINING_SPACING_MARK = 8;
    /** General category Nd. */
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    /** General category Nl. */
    public static final byte LETTER_NUMBER = 10;
    /** General category No. */
    public static final byte OTHER_NUMBER = 11;
    /** General category Zs. */
    public static final byte SPACE_SEPARATOR = 12;
    /** General category Zl. */
    public static final byte LINE_SEPARATOR = 13;
    /** General category Zp. */
    public static final byte PARAGRAPH_SEPARATOR = 14;
    /** General category Cc. */
    public static final byte CONTROL = 15;
    /** General category Cf. */
    public static final byte FORMAT = 16;
    /** General category Co. */
    public static final byte PRIVATE_USE = 18;
    /** General category Cs. */
    public static final byte SURROGATE = 19;
    /** General category Pd. */
    public static final byte DASH_PUNCTUATION = 20;
    /** General category Ps. */
    public static final byte START_PUNCTUATION = 21;
    /** General category Pe. */
    public static final byte END_PUNCTUATION = 22;
    /** General category Pc. */
    public static final byte CONNECTOR_PUNCTUATION = 23;
    /** General category Po. */
    public static final byte OTHER_PUNCTUATION = 24;
    /** General category Sm. */
    public static final byte MATH_SYMBOL = 25;
    /** General category Sc. */
    public static final byte CURRENCY_SYMBOL = 26;
    /** General category Sk. */
    public static final byte MODIFIER_SYMBOL = 27;
    /** General category So. */
    public static final byte OTHER_SYMBOL = 28;
    /** General category Pi. */
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    /** General category Pf. */
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    /**
     * The decoded Unicode tables of {@link cortado.internal.UnicodeData} (see there for the Unicode version),
     * built once, when first needed. Lookups are binary searches over sorted arrays; the arrays are never
     * written after initialization, so they are safe to share between threads.
     */
    private static final class Data {
        static final int[] TYPE_STARTS;
        static final byte[] TYPES;
        /** The categories of U+0000..U+00FF, so that classifying Latin-1 text needs no search. */
        static final byte[] LATIN1_TYPES;
        static final int[][] UPPER = mappings(cortado.internal.UnicodeData.UPPER);
        static final int[][] LOWER = mappings(cortado.internal.UnicodeData.LOWER);
        static final int[][] TITLE = mappings(cortado.internal.UnicodeData.TITLE);
        static final int[][] NUMERIC;
        static final int[] ALPHABETIC = set(cortado.internal.UnicodeData.ALPHABETIC);
        static final int[] IDEOGRAPHIC = set(cortado.internal.UnicodeData.IDEOGRAPHIC);
        static final int[] UPPERCASE = set(cortado.internal.UnicodeData.UPPERCASE);
        static final int[] LOWERCASE = set(cortado.internal.UnicodeData.LOWERCASE);
        static final int[] MIRRORED = set(cortado.internal.UnicodeData.MIRRORED);

        static {
            int[] v = decode(cortado.internal.UnicodeData.TYPES);
            int n = v.length / 2;
            int[] starts = new int[n];
            byte[] types = new byte[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                at += v[2 * i];
                starts[i] = at;
                types[i] = (byte) v[2 * i + 1];
            }
            TYPE_STARTS = starts;
            TYPES = types;
            byte[] latin1 = new byte[256];
            for (int cp = 0; cp < 256; cp++) {
                latin1[cp] = types[floor(starts, cp)];
            }
            LATIN1_TYPES = latin1;
            int[] w = decode(cortado.internal.UnicodeData.NUMERIC);
            int m = w.length / 3;
            int[] ns = new int[m];
            int[] nc = new int[m];
            int[] nv = new int[m];
            at = 0;
            for (int i = 0; i < m; i++) {
                at += w[3 * i];
                ns[i] = at;
                nc[i] = w[3 * i + 1];
                nv[i] = unzig(w[3 * i + 2]);
            }
            NUMERIC = new int[][] {ns, nc, nv};
        }

        private Data() {
        }

        /** The base-32 numbers of a table string (see UnicodeData's class comment). */
        static int[] decode(String s) {
            int count = 0;
            for (int i = 0; i < s.length(); i++) {
                if (digitOf(s.charAt(i)) < 32) {
                    count++;
                }
            }
            int[] out = new int[count];
            int k = 0;
            int acc = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = digitOf(s.charAt(i));
                acc = (acc << 5) | (d & 31);
                if (d < 32) {
                    out[k++] = acc;
                    acc = 0;
                }
            }
            return out;
        }

        private static int digitOf(char c) {
            if (c >= 'A' && c <= 'Z') {
                return c - 'A';
            }
            if (c >= 'a' && c <= 'z') {
                return c - 'a' + 26;
            }
            if (c >= '0' && c <= '9') {
                return c - '0' + 52;
            }
            return c == '+' ? 62 : 63;
        }

        private static int unzig(int v) {
            return (v & 1) == 0 ? v >>> 1 : -((v + 1) >>> 1);
        }

        /** Runs of (start, count, step, delta) as four parallel arrays. */
        private static int[][] mappings(String s) {
            int[] v = decode(s);
            int n = v.length / 4;
            int[] starts = new int[n];
            int[] counts = new int[n];
            int[] steps = new int[n];
            int[] deltas = new int[n];
            int at = 0;
            for (int i = 0; i < n; i++) {
                at += v[4 * i];
                starts[i] = at;
                counts[i] = v[4 * i + 1];
                steps[i] = v[4 * i + 2];
                deltas[i] = unzig(v[4 * i + 3]);
            }
            return new int[][] {starts, counts, steps, deltas};
        }

        /** An inversion list: the absolute boundaries, even indices starting ranges in the set. */
        private static int[] set(String s) {
            int[] v = decode(s);
            int at = 0;
            for (int i = 0; i < v.length; i++) {
                at += v[i];
                v[i] = at;
            }
            return v;
        }

        /** The index of the last element of {@code a} that is at most {@code cp}, or -1. */
        static int floor(int[] a, int cp) {
            int lo = 0;
            int hi = a.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] <= cp) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return hi;
        }

        static int type(int cp) {
            return cp < 256 ? LATIN1_TYPES[cp] : TYPES[floor(TYPE_STARTS, cp)];
        }

        static boolean in(int[] set, int cp) {
            return (floor(set, cp) & 1) == 0;
        }

        static int map(int[][] t, int cp) {
            int i = floor(t[0], cp);
            if (i < 0) {
                return cp;
            }
            int off = cp - t[0][i];
            int step = t[2][i];
            if (off % step == 0 && off / step < t[1][i]) {
                return cp + t[3][i];
            }
            return cp;
        }

        /** The numeric value of {@code cp} from the table: a value, -2 for non-integers, or -1 for none. */
        static int numeric(int cp) {
            int i = floor(NUMERIC[0], cp);
            if (i < 0) {
                return -1;
            }
            int off = cp - NUMERIC[0][i];
            if (off < NUMERIC[1][i]) {
                int v = NUMERIC[2][i];
                return v < 0 ? v : v + off;
            }
            return -1;
        }
    }

    private final char value;

    /** A new box; prefer {@link #valueOf(char)}. */
    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    /** The box of {@code c}: the same object for the same value in 0..127. */
    public static Character valueOf(char c) {
        if (c < 128) {
            return CACHE[c];
        }
        return new Character(c);
    }

    /** The value. */
    public char charValue() {
        return value;
    }

    /** The value as an int. */
    @Override
    public int hashCode() {
        return value;
    }

    /** The value as an int. */
    public static int hashCode(char value) {
        return value;
    }

    /** Whether {@code obj} is a Character of the same value. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Character && value == ((Character) obj).value;
    }

    /** A one-character string. */
    @Override
    public String toString() {
        return String.valueOf(value);
    }

    /** A one-character string. */
    public static String toString(char c) {
        return String.valueOf(c);
    }

    /** The string of one code point (one or two chars). */
    public static String toString(int codePoint) {
        return new String(toChars(codePoint), true);
    }

    /** Numeric comparison. */
    @Override
    public int compareTo(Character another) {
        return compare(value, another.value);
    }

    /** {@code x - y}. */
    public static int compare(char x, char y) {
        return x - y;
    }

    /** The bytes in reverse order. */
    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---------------------------------------------------------------- UTF-16

    /** Whether {@code codePoint} is in U+0000..U+10FFFF. */
    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    /** Whether {@code codePoint} fits in one char. */
    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    /** Whether {@code codePoint} needs a surrogate pair. */
    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    /** Whether {@code ch} is a high (leading) surrogate. */
    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    /** Whether {@code ch} is a low (trailing) surrogate. */
    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    /** The Unicode general category of {@code ch}, as one of this class's category constants. */
    public static int getType(char ch) {
        return getType((int) ch);
    }

    /** The Unicode general category of the code point {@code codePoint} ({@link #UNASSIGNED} for invalid ones). */
    public static int getType(int codePoint) {
        if (codePoint < 0 || codePoint > MAX_CODE_POINT) {
            return UNASSIGNED;
        }
        return Data.type(codePoint);
    }

    /** Whether {@code ch} is a surrogate. */
    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    /** Whether {@code high} and {@code low} form a surrogate pair. */
    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    /** 2 for a supplementary code point, else 1. */
    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    /** The code point of a surrogate pair. */
    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    /** The leading surrogate of a supplementary code point. */
    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    /** The trailing surrogate of a supplementary code point. */
    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    /** The code point at {@code index} of {@code seq}. */
    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    /** The code point at {@code index} of {@code a}. */
    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    /** The code point at {@code index} of {@code a}, not looking at or beyond {@code limit}. */
    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    /** The code point before {@code index} of {@code seq}. */
    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(index - 1);
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    /** The code point before {@code index} of {@code a}. */
    public static int codePointBefore(char[] a, int index) {
        return codePointBefore(a, index, 0);
    }

    /** The code point before {@code index} of {@code a}, not looking before {@code start}. */
    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || index > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[index - 1];
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    /** Writes {@code codePoint} into {@code dst} at {@code dstIndex}; returns the number of chars written. */
    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    /** The UTF-16 form of {@code codePoint}. */
    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        if (isValidCodePoint(codePoint)) {
            return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        }
        throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    /** The number of code points in {@code seq[beginIndex, endIndex)}. */
    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (isHighSurrogate(seq.charAt(i)) && isLowSurrogate(seq.charAt(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    /** The number of code points in {@code a[offset, offset + count)}. */
    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0) {
            throw new IndexOutOfBoundsException();
        }
        int end = offset + count;
        int n = count;
        for (int i = offset; i < end - 1; i++) {
            if (isHighSurrogate(a[i]) && isLowSurrogate(a[i + 1])) {
                n--;
                i++;
            }
        }
        return n;
    }

    /** The index {@code codePointOffset} code points away from {@code index} in {@code seq}. */
    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= length) {
                    throw new IndexOutOfBoundsException();
                }
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= 0) {
                    throw new IndexOutOfBoundsException();
                }
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
        }
        return x;
    }

    // ---------------------------------------------------------------- digits

    /** The value of {@code ch} as a digit in {@code radix}, or -1. */
    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    /** The value of {@code codePoint} as a digit in {@code radix} (decimal digits of category Nd, Latin and full-width letters), or -1. */
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int v = -1;
        if (codePoint >= '0' && codePoint <= '9') {
            v = codePoint - '0';
        } else {
            v = letterValue(codePoint);
            if (v < 0 && codePoint >= 0x80 && getType(codePoint) == DECIMAL_DIGIT_NUMBER) {
                v = Data.numeric(codePoint);
            }
        }
        return v < radix ? v : -1;
    }

    /** 10..35 for the Latin letters (ASCII and full-width), else -1. */
    private static int letterValue(int cp) {
        if (cp >= 'a' && cp <= 'z') {
            return cp - 'a' + 10;
        } else if (cp >= 'A' && cp <= 'Z') {
            return cp - 'A' + 10;
        } else if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return cp - 0xFF21 + 10;
        } else if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return cp - 0xFF41 + 10;
        }
        return -1;
    }

    /** The character for {@code digit} in {@code radix} (lower-case letters), or {@code '\0'}. */
    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return digit < 10 ? (char) ('0' + digit) : (char) ('a' - 10 + digit);
    }

    /** The numeric value of {@code ch}: digits, letters as 10..35, -2 for fractions, -1 for none. */
    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    /** The numeric value of {@code codePoint}: the Unicode numeric value when it is a non-negative int, the Latin letters as 10..35, -2 for other values (fractions, negative or too large), -1 for none. */
    public static int getNumericValue(int codePoint) {
        int v = letterValue(codePoint);
        if (v >= 0) {
            return v;
        }
        if (codePoint < 0 || codePoint > MAX_CODE_POINT) {
            return -1;
        }
        return Data.numeric(codePoint);
    }

    // ---------------------------------------------------------------- properties

    private static boolean typeIn(int cp, int mask) {
        return ((1 << getType(cp)) & mask) != 0;
    }

    private static final int LETTER_MASK = (1 << UPPERCASE_LETTER) | (1 << LOWERCASE_LETTER) | (1 << TITLECASE_LETTER)
            | (1 << MODIFIER_LETTER) | (1 << OTHER_LETTER);
    private static final int SPACE_MASK = (1 << SPACE_SEPARATOR) | (1 << LINE_SEPARATOR) | (1 << PARAGRAPH_SEPARATOR);
    private static final int START_MASK = LETTER_MASK | (1 << LETTER_NUMBER) | (1 << CURRENCY_SYMBOL)
            | (1 << CONNECTOR_PUNCTUATION);
    private static final int PART_MASK = START_MASK | (1 << DECIMAL_DIGIT_NUMBER) | (1 << COMBINING_SPACING_MARK)
            | (1 << NON_SPACING_MARK);

    private static boolean valid(int cp) {
        return cp >= 0 && cp <= MAX_CODE_POINT;
    }

    /** Whether {@code cp} is a letter (general category Lu, Ll, Lt, Lm or Lo). */
    public static boolean isLetter(int cp) {
        return typeIn(cp, LETTER_MASK);
    }

    /** Whether {@code cp} is a decimal digit (general category Nd). */
    public static boolean isDigit(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return getType(cp) == DECIMAL_DIGIT_NUMBER;
    }

    /** Whether {@code cp} is a letter or a digit. */
    public static boolean isLetterOrDigit(int cp) {
        return typeIn(cp, LETTER_MASK | (1 << DECIMAL_DIGIT_NUMBER));
    }

    /** Whether {@code cp} has the Unicode Alphabetic property. */
    public static boolean isAlphabetic(int cp) {
        return valid(cp) && Data.in(Data.ALPHABETIC, cp);
    }

    /** Whether {@code cp} has the Unicode Ideographic property. */
    public static boolean isIdeographic(int cp) {
        return valid(cp) && Data.in(Data.IDEOGRAPHIC, cp);
    }

    /** Whether {@code cp} is lower case (category Ll or the Other_Lowercase property). */
    public static boolean isLowerCase(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z';
        }
        return valid(cp) && Data.in(Data.LOWERCASE, cp);
    }

    /** Whether {@code cp} is upper case (category Lu or the Other_Uppercase property). */
    public static boolean isUpperCase(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z';
        }
        return valid(cp) && Data.in(Data.UPPERCASE, cp);
    }

    /** Whether {@code cp} is a title-case letter (category Lt). */
    public static boolean isTitleCase(int cp) {
        return getType(cp) == TITLECASE_LETTER;
    }

    /** The simple upper-case mapping of {@code c}, or {@code c}. */
    public static int toUpperCase(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        return valid(c) ? Data.map(Data.UPPER, c) : c;
    }

    /** The simple lower-case mapping of {@code c}, or {@code c}. */
    public static int toLowerCase(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return valid(c) ? Data.map(Data.LOWER, c) : c;
    }

    /** The simple title-case mapping of {@code c}, or {@code c}. */
    public static int toTitleCase(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        return valid(c) ? Data.map(Data.TITLE, c) : c;
    }

    /** Whether {@code cp} is a space, line or paragraph separator. */
    public static boolean isSpaceChar(int cp) {
        return typeIn(cp, SPACE_MASK);
    }

    /** Whether {@code cp} is Java white space. */
    public static boolean isWhitespace(int cp) {
        if (cp <= 0x20) {
            return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        if (cp <= 0xFF) {
            return false; // Latin-1's only other space separator is U+00A0, which is excluded
        }
        return cp != 0xA0 && cp != 0x2007 && cp != 0x202F && typeIn(cp, SPACE_MASK);
    }

    /** Whether {@code cp} is an ISO control character. */
    public static boolean isISOControl(int cp) {
        return (cp >= 0 && cp <= 0x1F) || (cp >= 0x7F && cp <= 0x9F);
    }

    /** Whether {@code cp} is ignorable in an identifier: controls that are not white space, or category Cf. */
    public static boolean isIdentifierIgnorable(int cp) {
        return (cp >= 0 && cp <= 8) || (cp >= 0x0E && cp <= 0x1B) || (cp >= 0x7F && cp <= 0x9F)
                || getType(cp) == FORMAT;
    }

    /** Whether {@code cp} may start a Java identifier. */
    public static boolean isJavaIdentifierStart(int cp) {
        return typeIn(cp, START_MASK);
    }

    /** Whether {@code cp} may be part of a Java identifier. */
    public static boolean isJavaIdentifierPart(int cp) {
        return typeIn(cp, PART_MASK) || isIdentifierIgnorable(cp);
    }

    /** Whether {@code cp} has the Other_ID_Start property (stable since Unicode 6). */
    private static boolean isOtherIdStart(int cp) {
        return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
    }

    /** Whether {@code cp} has the Other_ID_Continue property. */
    private static boolean isOtherIdContinue(int cp) {
        return cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
    }

    /** Whether {@code cp} may start a Unicode identifier (ID_Start). */
    public static boolean isUnicodeIdentifierStart(int cp) {
        return typeIn(cp, LETTER_MASK | (1 << LETTER_NUMBER)) || isOtherIdStart(cp);
    }

    /** Whether {@code cp} may be part of a Unicode identifier. */
    public static boolean isUnicodeIdentifierPart(int cp) {
        return typeIn(cp, LETTER_MASK | (1 << LETTER_NUMBER) | (1 << CONNECTOR_PUNCTUATION)
                | (1 << DECIMAL_DIGIT_NUMBER) | (1 << COMBINING_SPACING_MARK) | (1 << NON_SPACING_MARK))
                || isIdentifierIgnorable(cp) || isOtherIdStart(cp) || isOtherIdContinue(cp);
    }

    /** Whether {@code cp} is assigned in the Unicode version of the tables. */
    public static boolean isDefined(int cp) {
        return getType(cp) != UNASSIGNED;
    }

    /** Whether {@code cp} is mirrored in right-to-left text (the Bidi_Mirrored property). */
    public static boolean isMirrored(int cp) {
        return valid(cp) && Data.in(Data.MIRRORED, cp);
    }

    /** The full upper-case mapping of {@code cp} when it is longer than one char (for String.toUpperCase), else null. */
    static String fullUpperCase(int cp) {
        if (cp < 0xDF || cp > 0xFFFF) {
            return null;
        }
        String t = cortado.internal.UnicodeData.SPECIAL_UPPER;
        int i = 0;
        while (i < t.length()) {
            char k = t.charAt(i);
            int n = t.charAt(i + 1);
            if (k == cp) {
                return t.substring(i + 2, i + 2 + n);
            }
            if (k > cp) {
                return null;
            }
            i += 2 + n;
        }
        return null;
    }

    /** Whether {@code cp} is cased (Uppercase, Lowercase or Lt), for the final-sigma rule. */
    private static boolean isCased(int cp) {
        return isUpperCase(cp) || isLowerCase(cp) || getType(cp) == TITLECASE_LETTER;
    }

    /** Whether {@code cp} is case-ignorable (Mn, Me, Cf, Lm, Sk and the word-internal punctuation). */
    private static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case 0x27: case 0x2E: case 0x3A: case 0x5E: case 0x60: case 0xA8: case 0xAD: case 0xAF: case 0xB4:
            case 0xB7: case 0xB8: case 0x387: case 0x5F4: case 0x2018: case 0x2019: case 0x2024: case 0x2027:
            case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
                return true;
            default:
                return typeIn(cp, (1 << NON_SPACING_MARK) | (1 << ENCLOSING_MARK) | (1 << FORMAT)
                        | (1 << MODIFIER_LETTER) | (1 << MODIFIER_SYMBOL));
        }
    }

    /** Whether the capital sigma at {@code v[i]} ends a word (Unicode's Final_Sigma condition), so lower-cases to final sigma. */
    static boolean isFinalSigma(char[] v, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int cp = codePointBefore(v, j);
            j -= charCount(cp);
            if (!isCaseIgnorable(cp)) {
                before = isCased(cp);
                break;
            }
        }
        if (!before) {
            return false;
        }
        j = i + 1;
        while (j < v.length) {
            int cp = codePointAt(v, j);
            j += charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    /** Whether {@code ch} has the Unicode Ideographic property. */
    public static boolean isIdeographic(char ch) {
        return isIdeographic((int) ch);
    }
    // ---------------------------------------------------------------- char overloads

    /** Whether {@code ch} is a lower-case letter (Latin-1 exactly, including the ordinal indicators; beyond: letters with an upper-case mapping, approximately). */
    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    /** Whether {@code ch} is an upper-case letter. */
    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    /** Whether {@code ch} is a title-case letter (the four Latin digraphs and Greek with prosgegrammeni). */
    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    /** Whether {@code ch} is a decimal digit (ASCII and the other Unicode Nd blocks). */
    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    /** Whether {@code ch} is a letter (exact for Latin-1; Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, CJK, Hiragana, Katakana and Hangul ranges approximately). */
    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    /** Whether {@code ch} is a letter or a digit. */
    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    /** Whether {@code ch} is alphabetic: a letter or a letter number. */
    public static boolean isAlphabetic(char ch) {
        return isAlphabetic((int) ch);
    }

    /** Whether {@code ch} is allowed to start a Java identifier. */
    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    /** Whether {@code ch} is allowed in a Java identifier after the first character. */
    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    /** Whether {@code ch} is allowed to start a Unicode identifier. */
    public static boolean isUnicodeIdentifierStart(char ch) {
        return isUnicodeIdentifierStart((int) ch);
    }

    /** Whether {@code ch} is allowed in a Unicode identifier. */
    public static boolean isUnicodeIdentifierPart(char ch) {
        return isUnicodeIdentifierPart((int) ch);
    }

    /** Whether {@code ch} is ignorable in an identifier (controls that are not white space, format characters). */
    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    /** Whether {@code ch} is a Unicode space separator, line separator or paragraph separator. */
    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    /** Whether {@code ch} is Java white space: a space, line or paragraph separator other than no-break spaces, or one of \t \n \u000B \f \r and \u001C-\u001F. */
    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    /** Whether {@code ch} is an ISO control character (\u0000-\u001F, \u007F-\u009F). */
    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    /** Whether {@code ch} is a defined character (approximately: every valid code point that is not a surrogate or a non-character). */
    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    /** Whether {@code ch} is mirrored in right-to-left text (ASCII and Latin-1 brackets and guillemets). */
    public static boolean isMirrored(char ch) {
        return isMirrored((int) ch);
    }

    /** The lower-case mapping of {@code ch} (the character itself if it has none). */
    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    /** The upper-case mapping of {@code ch} (the character itself if it has none). */
    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    /** The title-case mapping of {@code ch} (the character itself if it has none). */
    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }
}
