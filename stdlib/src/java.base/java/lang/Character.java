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

    /** A named subset of the Unicode characters; identity equality, its name as string. */
    public static class Subset {
        private final String name;

        /** A subset called {@code name}. */
        protected Subset(String name) {
            if (name == null) {
                throw new NullPointerException("name");
            }
            this.name = name;
        }

        @Override
        public final boolean equals(Object obj) {
            return this == obj;
        }

        @Override
        public final int hashCode() {
            return super.hashCode();
        }

        @Override
        public final String toString() {
            return name;
        }
    }

    /**
     * The Unicode 13.0 character blocks (Blocks.txt), as HotSpot 17 knows them. The constants are generated by
     * {@code tools/gen_unicode_blocks.py}; {@link #of(int)} searches their ranges, {@link #forName} accepts a
     * block's Unicode name (with or without spaces) or its constant name, in any case.
     */
    public static final class UnicodeBlock extends Subset {
        /** The registered blocks in code point order. */
        private static final java.util.ArrayList<UnicodeBlock> BLOCKS = new java.util.ArrayList<>();
        /** Upper-case Unicode names, names without spaces and constant names to blocks. */
        private static final java.util.HashMap<String, UnicodeBlock> BY_NAME = new java.util.HashMap<>();

        private final int start;
        private final int end;

        private UnicodeBlock(String constant, String unicodeName, int start, int end) {
            super(constant);
            this.start = start;
            this.end = end;
            BLOCKS.add(this);
            BY_NAME.put(constant, this);
            BY_NAME.put(unicodeName.toUpperCase(java.util.Locale.ROOT), this);
            BY_NAME.put(unicodeName.replace(" ", "").toUpperCase(java.util.Locale.ROOT), this);
        }

        /** A deprecated constant that no code point belongs to. */
        private UnicodeBlock(String constant) {
            super(constant);
            this.start = -1;
            this.end = -1;
            BY_NAME.put(constant, this);
        }

        // BEGIN GENERATED UnicodeBlock (tools/gen_unicode_blocks.py)
        public static final UnicodeBlock BASIC_LATIN = new UnicodeBlock("BASIC_LATIN", "Basic Latin", 0x0000, 0x007F);
        public static final UnicodeBlock LATIN_1_SUPPLEMENT = new UnicodeBlock("LATIN_1_SUPPLEMENT", "Latin-1 Supplement", 0x0080, 0x00FF);
        public static final UnicodeBlock LATIN_EXTENDED_A = new UnicodeBlock("LATIN_EXTENDED_A", "Latin Extended-A", 0x0100, 0x017F);
        public static final UnicodeBlock LATIN_EXTENDED_B = new UnicodeBlock("LATIN_EXTENDED_B", "Latin Extended-B", 0x0180, 0x024F);
        public static final UnicodeBlock IPA_EXTENSIONS = new UnicodeBlock("IPA_EXTENSIONS", "IPA Extensions", 0x0250, 0x02AF);
        public static final UnicodeBlock SPACING_MODIFIER_LETTERS = new UnicodeBlock("SPACING_MODIFIER_LETTERS", "Spacing Modifier Letters", 0x02B0, 0x02FF);
        public static final UnicodeBlock COMBINING_DIACRITICAL_MARKS = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS", "Combining Diacritical Marks", 0x0300, 0x036F);
        public static final UnicodeBlock GREEK = new UnicodeBlock("GREEK", "Greek and Coptic", 0x0370, 0x03FF);
        public static final UnicodeBlock CYRILLIC = new UnicodeBlock("CYRILLIC", "Cyrillic", 0x0400, 0x04FF);
        public static final UnicodeBlock CYRILLIC_SUPPLEMENTARY = new UnicodeBlock("CYRILLIC_SUPPLEMENTARY", "Cyrillic Supplement", 0x0500, 0x052F);
        public static final UnicodeBlock ARMENIAN = new UnicodeBlock("ARMENIAN", "Armenian", 0x0530, 0x058F);
        public static final UnicodeBlock HEBREW = new UnicodeBlock("HEBREW", "Hebrew", 0x0590, 0x05FF);
        public static final UnicodeBlock ARABIC = new UnicodeBlock("ARABIC", "Arabic", 0x0600, 0x06FF);
        public static final UnicodeBlock SYRIAC = new UnicodeBlock("SYRIAC", "Syriac", 0x0700, 0x074F);
        public static final UnicodeBlock ARABIC_SUPPLEMENT = new UnicodeBlock("ARABIC_SUPPLEMENT", "Arabic Supplement", 0x0750, 0x077F);
        public static final UnicodeBlock THAANA = new UnicodeBlock("THAANA", "Thaana", 0x0780, 0x07BF);
        public static final UnicodeBlock NKO = new UnicodeBlock("NKO", "NKo", 0x07C0, 0x07FF);
        public static final UnicodeBlock SAMARITAN = new UnicodeBlock("SAMARITAN", "Samaritan", 0x0800, 0x083F);
        public static final UnicodeBlock MANDAIC = new UnicodeBlock("MANDAIC", "Mandaic", 0x0840, 0x085F);
        public static final UnicodeBlock SYRIAC_SUPPLEMENT = new UnicodeBlock("SYRIAC_SUPPLEMENT", "Syriac Supplement", 0x0860, 0x086F);
        public static final UnicodeBlock ARABIC_EXTENDED_A = new UnicodeBlock("ARABIC_EXTENDED_A", "Arabic Extended-A", 0x08A0, 0x08FF);
        public static final UnicodeBlock DEVANAGARI = new UnicodeBlock("DEVANAGARI", "Devanagari", 0x0900, 0x097F);
        public static final UnicodeBlock BENGALI = new UnicodeBlock("BENGALI", "Bengali", 0x0980, 0x09FF);
        public static final UnicodeBlock GURMUKHI = new UnicodeBlock("GURMUKHI", "Gurmukhi", 0x0A00, 0x0A7F);
        public static final UnicodeBlock GUJARATI = new UnicodeBlock("GUJARATI", "Gujarati", 0x0A80, 0x0AFF);
        public static final UnicodeBlock ORIYA = new UnicodeBlock("ORIYA", "Oriya", 0x0B00, 0x0B7F);
        public static final UnicodeBlock TAMIL = new UnicodeBlock("TAMIL", "Tamil", 0x0B80, 0x0BFF);
        public static final UnicodeBlock TELUGU = new UnicodeBlock("TELUGU", "Telugu", 0x0C00, 0x0C7F);
        public static final UnicodeBlock KANNADA = new UnicodeBlock("KANNADA", "Kannada", 0x0C80, 0x0CFF);
        public static final UnicodeBlock MALAYALAM = new UnicodeBlock("MALAYALAM", "Malayalam", 0x0D00, 0x0D7F);
        public static final UnicodeBlock SINHALA = new UnicodeBlock("SINHALA", "Sinhala", 0x0D80, 0x0DFF);
        public static final UnicodeBlock THAI = new UnicodeBlock("THAI", "Thai", 0x0E00, 0x0E7F);
        public static final UnicodeBlock LAO = new UnicodeBlock("LAO", "Lao", 0x0E80, 0x0EFF);
        public static final UnicodeBlock TIBETAN = new UnicodeBlock("TIBETAN", "Tibetan", 0x0F00, 0x0FFF);
        public static final UnicodeBlock MYANMAR = new UnicodeBlock("MYANMAR", "Myanmar", 0x1000, 0x109F);
        public static final UnicodeBlock GEORGIAN = new UnicodeBlock("GEORGIAN", "Georgian", 0x10A0, 0x10FF);
        public static final UnicodeBlock HANGUL_JAMO = new UnicodeBlock("HANGUL_JAMO", "Hangul Jamo", 0x1100, 0x11FF);
        public static final UnicodeBlock ETHIOPIC = new UnicodeBlock("ETHIOPIC", "Ethiopic", 0x1200, 0x137F);
        public static final UnicodeBlock ETHIOPIC_SUPPLEMENT = new UnicodeBlock("ETHIOPIC_SUPPLEMENT", "Ethiopic Supplement", 0x1380, 0x139F);
        public static final UnicodeBlock CHEROKEE = new UnicodeBlock("CHEROKEE", "Cherokee", 0x13A0, 0x13FF);
        public static final UnicodeBlock UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS = new UnicodeBlock("UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS", "Unified Canadian Aboriginal Syllabics", 0x1400, 0x167F);
        public static final UnicodeBlock OGHAM = new UnicodeBlock("OGHAM", "Ogham", 0x1680, 0x169F);
        public static final UnicodeBlock RUNIC = new UnicodeBlock("RUNIC", "Runic", 0x16A0, 0x16FF);
        public static final UnicodeBlock TAGALOG = new UnicodeBlock("TAGALOG", "Tagalog", 0x1700, 0x171F);
        public static final UnicodeBlock HANUNOO = new UnicodeBlock("HANUNOO", "Hanunoo", 0x1720, 0x173F);
        public static final UnicodeBlock BUHID = new UnicodeBlock("BUHID", "Buhid", 0x1740, 0x175F);
        public static final UnicodeBlock TAGBANWA = new UnicodeBlock("TAGBANWA", "Tagbanwa", 0x1760, 0x177F);
        public static final UnicodeBlock KHMER = new UnicodeBlock("KHMER", "Khmer", 0x1780, 0x17FF);
        public static final UnicodeBlock MONGOLIAN = new UnicodeBlock("MONGOLIAN", "Mongolian", 0x1800, 0x18AF);
        public static final UnicodeBlock UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS_EXTENDED = new UnicodeBlock("UNIFIED_CANADIAN_ABORIGINAL_SYLLABICS_EXTENDED", "Unified Canadian Aboriginal Syllabics Extended", 0x18B0, 0x18FF);
        public static final UnicodeBlock LIMBU = new UnicodeBlock("LIMBU", "Limbu", 0x1900, 0x194F);
        public static final UnicodeBlock TAI_LE = new UnicodeBlock("TAI_LE", "Tai Le", 0x1950, 0x197F);
        public static final UnicodeBlock NEW_TAI_LUE = new UnicodeBlock("NEW_TAI_LUE", "New Tai Lue", 0x1980, 0x19DF);
        public static final UnicodeBlock KHMER_SYMBOLS = new UnicodeBlock("KHMER_SYMBOLS", "Khmer Symbols", 0x19E0, 0x19FF);
        public static final UnicodeBlock BUGINESE = new UnicodeBlock("BUGINESE", "Buginese", 0x1A00, 0x1A1F);
        public static final UnicodeBlock TAI_THAM = new UnicodeBlock("TAI_THAM", "Tai Tham", 0x1A20, 0x1AAF);
        public static final UnicodeBlock COMBINING_DIACRITICAL_MARKS_EXTENDED = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS_EXTENDED", "Combining Diacritical Marks Extended", 0x1AB0, 0x1AFF);
        public static final UnicodeBlock BALINESE = new UnicodeBlock("BALINESE", "Balinese", 0x1B00, 0x1B7F);
        public static final UnicodeBlock SUNDANESE = new UnicodeBlock("SUNDANESE", "Sundanese", 0x1B80, 0x1BBF);
        public static final UnicodeBlock BATAK = new UnicodeBlock("BATAK", "Batak", 0x1BC0, 0x1BFF);
        public static final UnicodeBlock LEPCHA = new UnicodeBlock("LEPCHA", "Lepcha", 0x1C00, 0x1C4F);
        public static final UnicodeBlock OL_CHIKI = new UnicodeBlock("OL_CHIKI", "Ol Chiki", 0x1C50, 0x1C7F);
        public static final UnicodeBlock CYRILLIC_EXTENDED_C = new UnicodeBlock("CYRILLIC_EXTENDED_C", "Cyrillic Extended-C", 0x1C80, 0x1C8F);
        public static final UnicodeBlock GEORGIAN_EXTENDED = new UnicodeBlock("GEORGIAN_EXTENDED", "Georgian Extended", 0x1C90, 0x1CBF);
        public static final UnicodeBlock SUNDANESE_SUPPLEMENT = new UnicodeBlock("SUNDANESE_SUPPLEMENT", "Sundanese Supplement", 0x1CC0, 0x1CCF);
        public static final UnicodeBlock VEDIC_EXTENSIONS = new UnicodeBlock("VEDIC_EXTENSIONS", "Vedic Extensions", 0x1CD0, 0x1CFF);
        public static final UnicodeBlock PHONETIC_EXTENSIONS = new UnicodeBlock("PHONETIC_EXTENSIONS", "Phonetic Extensions", 0x1D00, 0x1D7F);
        public static final UnicodeBlock PHONETIC_EXTENSIONS_SUPPLEMENT = new UnicodeBlock("PHONETIC_EXTENSIONS_SUPPLEMENT", "Phonetic Extensions Supplement", 0x1D80, 0x1DBF);
        public static final UnicodeBlock COMBINING_DIACRITICAL_MARKS_SUPPLEMENT = new UnicodeBlock("COMBINING_DIACRITICAL_MARKS_SUPPLEMENT", "Combining Diacritical Marks Supplement", 0x1DC0, 0x1DFF);
        public static final UnicodeBlock LATIN_EXTENDED_ADDITIONAL = new UnicodeBlock("LATIN_EXTENDED_ADDITIONAL", "Latin Extended Additional", 0x1E00, 0x1EFF);
        public static final UnicodeBlock GREEK_EXTENDED = new UnicodeBlock("GREEK_EXTENDED", "Greek Extended", 0x1F00, 0x1FFF);
        public static final UnicodeBlock GENERAL_PUNCTUATION = new UnicodeBlock("GENERAL_PUNCTUATION", "General Punctuation", 0x2000, 0x206F);
        public static final UnicodeBlock SUPERSCRIPTS_AND_SUBSCRIPTS = new UnicodeBlock("SUPERSCRIPTS_AND_SUBSCRIPTS", "Superscripts and Subscripts", 0x2070, 0x209F);
        public static final UnicodeBlock CURRENCY_SYMBOLS = new UnicodeBlock("CURRENCY_SYMBOLS", "Currency Symbols", 0x20A0, 0x20CF);
        public static final UnicodeBlock COMBINING_MARKS_FOR_SYMBOLS = new UnicodeBlock("COMBINING_MARKS_FOR_SYMBOLS", "Combining Diacritical Marks for Symbols", 0x20D0, 0x20FF);
        public static final UnicodeBlock LETTERLIKE_SYMBOLS = new UnicodeBlock("LETTERLIKE_SYMBOLS", "Letterlike Symbols", 0x2100, 0x214F);
        public static final UnicodeBlock NUMBER_FORMS = new UnicodeBlock("NUMBER_FORMS", "Number Forms", 0x2150, 0x218F);
        public static final UnicodeBlock ARROWS = new UnicodeBlock("ARROWS", "Arrows", 0x2190, 0x21FF);
        public static final UnicodeBlock MATHEMATICAL_OPERATORS = new UnicodeBlock("MATHEMATICAL_OPERATORS", "Mathematical Operators", 0x2200, 0x22FF);
        public static final UnicodeBlock MISCELLANEOUS_TECHNICAL = new UnicodeBlock("MISCELLANEOUS_TECHNICAL", "Miscellaneous Technical", 0x2300, 0x23FF);
        public static final UnicodeBlock CONTROL_PICTURES = new UnicodeBlock("CONTROL_PICTURES", "Control Pictures", 0x2400, 0x243F);
        public static final UnicodeBlock OPTICAL_CHARACTER_RECOGNITION = new UnicodeBlock("OPTICAL_CHARACTER_RECOGNITION", "Optical Character Recognition", 0x2440, 0x245F);
        public static final UnicodeBlock ENCLOSED_ALPHANUMERICS = new UnicodeBlock("ENCLOSED_ALPHANUMERICS", "Enclosed Alphanumerics", 0x2460, 0x24FF);
        public static final UnicodeBlock BOX_DRAWING = new UnicodeBlock("BOX_DRAWING", "Box Drawing", 0x2500, 0x257F);
        public static final UnicodeBlock BLOCK_ELEMENTS = new UnicodeBlock("BLOCK_ELEMENTS", "Block Elements", 0x2580, 0x259F);
        public static final UnicodeBlock GEOMETRIC_SHAPES = new UnicodeBlock("GEOMETRIC_SHAPES", "Geometric Shapes", 0x25A0, 0x25FF);
        public static final UnicodeBlock MISCELLANEOUS_SYMBOLS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS", "Miscellaneous Symbols", 0x2600, 0x26FF);
        public static final UnicodeBlock DINGBATS = new UnicodeBlock("DINGBATS", "Dingbats", 0x2700, 0x27BF);
        public static final UnicodeBlock MISCELLANEOUS_MATHEMATICAL_SYMBOLS_A = new UnicodeBlock("MISCELLANEOUS_MATHEMATICAL_SYMBOLS_A", "Miscellaneous Mathematical Symbols-A", 0x27C0, 0x27EF);
        public static final UnicodeBlock SUPPLEMENTAL_ARROWS_A = new UnicodeBlock("SUPPLEMENTAL_ARROWS_A", "Supplemental Arrows-A", 0x27F0, 0x27FF);
        public static final UnicodeBlock BRAILLE_PATTERNS = new UnicodeBlock("BRAILLE_PATTERNS", "Braille Patterns", 0x2800, 0x28FF);
        public static final UnicodeBlock SUPPLEMENTAL_ARROWS_B = new UnicodeBlock("SUPPLEMENTAL_ARROWS_B", "Supplemental Arrows-B", 0x2900, 0x297F);
        public static final UnicodeBlock MISCELLANEOUS_MATHEMATICAL_SYMBOLS_B = new UnicodeBlock("MISCELLANEOUS_MATHEMATICAL_SYMBOLS_B", "Miscellaneous Mathematical Symbols-B", 0x2980, 0x29FF);
        public static final UnicodeBlock SUPPLEMENTAL_MATHEMATICAL_OPERATORS = new UnicodeBlock("SUPPLEMENTAL_MATHEMATICAL_OPERATORS", "Supplemental Mathematical Operators", 0x2A00, 0x2AFF);
        public static final UnicodeBlock MISCELLANEOUS_SYMBOLS_AND_ARROWS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS_AND_ARROWS", "Miscellaneous Symbols and Arrows", 0x2B00, 0x2BFF);
        public static final UnicodeBlock GLAGOLITIC = new UnicodeBlock("GLAGOLITIC", "Glagolitic", 0x2C00, 0x2C5F);
        public static final UnicodeBlock LATIN_EXTENDED_C = new UnicodeBlock("LATIN_EXTENDED_C", "Latin Extended-C", 0x2C60, 0x2C7F);
        public static final UnicodeBlock COPTIC = new UnicodeBlock("COPTIC", "Coptic", 0x2C80, 0x2CFF);
        public static final UnicodeBlock GEORGIAN_SUPPLEMENT = new UnicodeBlock("GEORGIAN_SUPPLEMENT", "Georgian Supplement", 0x2D00, 0x2D2F);
        public static final UnicodeBlock TIFINAGH = new UnicodeBlock("TIFINAGH", "Tifinagh", 0x2D30, 0x2D7F);
        public static final UnicodeBlock ETHIOPIC_EXTENDED = new UnicodeBlock("ETHIOPIC_EXTENDED", "Ethiopic Extended", 0x2D80, 0x2DDF);
        public static final UnicodeBlock CYRILLIC_EXTENDED_A = new UnicodeBlock("CYRILLIC_EXTENDED_A", "Cyrillic Extended-A", 0x2DE0, 0x2DFF);
        public static final UnicodeBlock SUPPLEMENTAL_PUNCTUATION = new UnicodeBlock("SUPPLEMENTAL_PUNCTUATION", "Supplemental Punctuation", 0x2E00, 0x2E7F);
        public static final UnicodeBlock CJK_RADICALS_SUPPLEMENT = new UnicodeBlock("CJK_RADICALS_SUPPLEMENT", "CJK Radicals Supplement", 0x2E80, 0x2EFF);
        public static final UnicodeBlock KANGXI_RADICALS = new UnicodeBlock("KANGXI_RADICALS", "Kangxi Radicals", 0x2F00, 0x2FDF);
        public static final UnicodeBlock IDEOGRAPHIC_DESCRIPTION_CHARACTERS = new UnicodeBlock("IDEOGRAPHIC_DESCRIPTION_CHARACTERS", "Ideographic Description Characters", 0x2FF0, 0x2FFF);
        public static final UnicodeBlock CJK_SYMBOLS_AND_PUNCTUATION = new UnicodeBlock("CJK_SYMBOLS_AND_PUNCTUATION", "CJK Symbols and Punctuation", 0x3000, 0x303F);
        public static final UnicodeBlock HIRAGANA = new UnicodeBlock("HIRAGANA", "Hiragana", 0x3040, 0x309F);
        public static final UnicodeBlock KATAKANA = new UnicodeBlock("KATAKANA", "Katakana", 0x30A0, 0x30FF);
        public static final UnicodeBlock BOPOMOFO = new UnicodeBlock("BOPOMOFO", "Bopomofo", 0x3100, 0x312F);
        public static final UnicodeBlock HANGUL_COMPATIBILITY_JAMO = new UnicodeBlock("HANGUL_COMPATIBILITY_JAMO", "Hangul Compatibility Jamo", 0x3130, 0x318F);
        public static final UnicodeBlock KANBUN = new UnicodeBlock("KANBUN", "Kanbun", 0x3190, 0x319F);
        public static final UnicodeBlock BOPOMOFO_EXTENDED = new UnicodeBlock("BOPOMOFO_EXTENDED", "Bopomofo Extended", 0x31A0, 0x31BF);
        public static final UnicodeBlock CJK_STROKES = new UnicodeBlock("CJK_STROKES", "CJK Strokes", 0x31C0, 0x31EF);
        public static final UnicodeBlock KATAKANA_PHONETIC_EXTENSIONS = new UnicodeBlock("KATAKANA_PHONETIC_EXTENSIONS", "Katakana Phonetic Extensions", 0x31F0, 0x31FF);
        public static final UnicodeBlock ENCLOSED_CJK_LETTERS_AND_MONTHS = new UnicodeBlock("ENCLOSED_CJK_LETTERS_AND_MONTHS", "Enclosed CJK Letters and Months", 0x3200, 0x32FF);
        public static final UnicodeBlock CJK_COMPATIBILITY = new UnicodeBlock("CJK_COMPATIBILITY", "CJK Compatibility", 0x3300, 0x33FF);
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A", "CJK Unified Ideographs Extension A", 0x3400, 0x4DBF);
        public static final UnicodeBlock YIJING_HEXAGRAM_SYMBOLS = new UnicodeBlock("YIJING_HEXAGRAM_SYMBOLS", "Yijing Hexagram Symbols", 0x4DC0, 0x4DFF);
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS", "CJK Unified Ideographs", 0x4E00, 0x9FFF);
        public static final UnicodeBlock YI_SYLLABLES = new UnicodeBlock("YI_SYLLABLES", "Yi Syllables", 0xA000, 0xA48F);
        public static final UnicodeBlock YI_RADICALS = new UnicodeBlock("YI_RADICALS", "Yi Radicals", 0xA490, 0xA4CF);
        public static final UnicodeBlock LISU = new UnicodeBlock("LISU", "Lisu", 0xA4D0, 0xA4FF);
        public static final UnicodeBlock VAI = new UnicodeBlock("VAI", "Vai", 0xA500, 0xA63F);
        public static final UnicodeBlock CYRILLIC_EXTENDED_B = new UnicodeBlock("CYRILLIC_EXTENDED_B", "Cyrillic Extended-B", 0xA640, 0xA69F);
        public static final UnicodeBlock BAMUM = new UnicodeBlock("BAMUM", "Bamum", 0xA6A0, 0xA6FF);
        public static final UnicodeBlock MODIFIER_TONE_LETTERS = new UnicodeBlock("MODIFIER_TONE_LETTERS", "Modifier Tone Letters", 0xA700, 0xA71F);
        public static final UnicodeBlock LATIN_EXTENDED_D = new UnicodeBlock("LATIN_EXTENDED_D", "Latin Extended-D", 0xA720, 0xA7FF);
        public static final UnicodeBlock SYLOTI_NAGRI = new UnicodeBlock("SYLOTI_NAGRI", "Syloti Nagri", 0xA800, 0xA82F);
        public static final UnicodeBlock COMMON_INDIC_NUMBER_FORMS = new UnicodeBlock("COMMON_INDIC_NUMBER_FORMS", "Common Indic Number Forms", 0xA830, 0xA83F);
        public static final UnicodeBlock PHAGS_PA = new UnicodeBlock("PHAGS_PA", "Phags-pa", 0xA840, 0xA87F);
        public static final UnicodeBlock SAURASHTRA = new UnicodeBlock("SAURASHTRA", "Saurashtra", 0xA880, 0xA8DF);
        public static final UnicodeBlock DEVANAGARI_EXTENDED = new UnicodeBlock("DEVANAGARI_EXTENDED", "Devanagari Extended", 0xA8E0, 0xA8FF);
        public static final UnicodeBlock KAYAH_LI = new UnicodeBlock("KAYAH_LI", "Kayah Li", 0xA900, 0xA92F);
        public static final UnicodeBlock REJANG = new UnicodeBlock("REJANG", "Rejang", 0xA930, 0xA95F);
        public static final UnicodeBlock HANGUL_JAMO_EXTENDED_A = new UnicodeBlock("HANGUL_JAMO_EXTENDED_A", "Hangul Jamo Extended-A", 0xA960, 0xA97F);
        public static final UnicodeBlock JAVANESE = new UnicodeBlock("JAVANESE", "Javanese", 0xA980, 0xA9DF);
        public static final UnicodeBlock MYANMAR_EXTENDED_B = new UnicodeBlock("MYANMAR_EXTENDED_B", "Myanmar Extended-B", 0xA9E0, 0xA9FF);
        public static final UnicodeBlock CHAM = new UnicodeBlock("CHAM", "Cham", 0xAA00, 0xAA5F);
        public static final UnicodeBlock MYANMAR_EXTENDED_A = new UnicodeBlock("MYANMAR_EXTENDED_A", "Myanmar Extended-A", 0xAA60, 0xAA7F);
        public static final UnicodeBlock TAI_VIET = new UnicodeBlock("TAI_VIET", "Tai Viet", 0xAA80, 0xAADF);
        public static final UnicodeBlock MEETEI_MAYEK_EXTENSIONS = new UnicodeBlock("MEETEI_MAYEK_EXTENSIONS", "Meetei Mayek Extensions", 0xAAE0, 0xAAFF);
        public static final UnicodeBlock ETHIOPIC_EXTENDED_A = new UnicodeBlock("ETHIOPIC_EXTENDED_A", "Ethiopic Extended-A", 0xAB00, 0xAB2F);
        public static final UnicodeBlock LATIN_EXTENDED_E = new UnicodeBlock("LATIN_EXTENDED_E", "Latin Extended-E", 0xAB30, 0xAB6F);
        public static final UnicodeBlock CHEROKEE_SUPPLEMENT = new UnicodeBlock("CHEROKEE_SUPPLEMENT", "Cherokee Supplement", 0xAB70, 0xABBF);
        public static final UnicodeBlock MEETEI_MAYEK = new UnicodeBlock("MEETEI_MAYEK", "Meetei Mayek", 0xABC0, 0xABFF);
        public static final UnicodeBlock HANGUL_SYLLABLES = new UnicodeBlock("HANGUL_SYLLABLES", "Hangul Syllables", 0xAC00, 0xD7AF);
        public static final UnicodeBlock HANGUL_JAMO_EXTENDED_B = new UnicodeBlock("HANGUL_JAMO_EXTENDED_B", "Hangul Jamo Extended-B", 0xD7B0, 0xD7FF);
        public static final UnicodeBlock HIGH_SURROGATES = new UnicodeBlock("HIGH_SURROGATES", "High Surrogates", 0xD800, 0xDB7F);
        public static final UnicodeBlock HIGH_PRIVATE_USE_SURROGATES = new UnicodeBlock("HIGH_PRIVATE_USE_SURROGATES", "High Private Use Surrogates", 0xDB80, 0xDBFF);
        public static final UnicodeBlock LOW_SURROGATES = new UnicodeBlock("LOW_SURROGATES", "Low Surrogates", 0xDC00, 0xDFFF);
        public static final UnicodeBlock PRIVATE_USE_AREA = new UnicodeBlock("PRIVATE_USE_AREA", "Private Use Area", 0xE000, 0xF8FF);
        public static final UnicodeBlock CJK_COMPATIBILITY_IDEOGRAPHS = new UnicodeBlock("CJK_COMPATIBILITY_IDEOGRAPHS", "CJK Compatibility Ideographs", 0xF900, 0xFAFF);
        public static final UnicodeBlock ALPHABETIC_PRESENTATION_FORMS = new UnicodeBlock("ALPHABETIC_PRESENTATION_FORMS", "Alphabetic Presentation Forms", 0xFB00, 0xFB4F);
        public static final UnicodeBlock ARABIC_PRESENTATION_FORMS_A = new UnicodeBlock("ARABIC_PRESENTATION_FORMS_A", "Arabic Presentation Forms-A", 0xFB50, 0xFDFF);
        public static final UnicodeBlock VARIATION_SELECTORS = new UnicodeBlock("VARIATION_SELECTORS", "Variation Selectors", 0xFE00, 0xFE0F);
        public static final UnicodeBlock VERTICAL_FORMS = new UnicodeBlock("VERTICAL_FORMS", "Vertical Forms", 0xFE10, 0xFE1F);
        public static final UnicodeBlock COMBINING_HALF_MARKS = new UnicodeBlock("COMBINING_HALF_MARKS", "Combining Half Marks", 0xFE20, 0xFE2F);
        public static final UnicodeBlock CJK_COMPATIBILITY_FORMS = new UnicodeBlock("CJK_COMPATIBILITY_FORMS", "CJK Compatibility Forms", 0xFE30, 0xFE4F);
        public static final UnicodeBlock SMALL_FORM_VARIANTS = new UnicodeBlock("SMALL_FORM_VARIANTS", "Small Form Variants", 0xFE50, 0xFE6F);
        public static final UnicodeBlock ARABIC_PRESENTATION_FORMS_B = new UnicodeBlock("ARABIC_PRESENTATION_FORMS_B", "Arabic Presentation Forms-B", 0xFE70, 0xFEFF);
        public static final UnicodeBlock HALFWIDTH_AND_FULLWIDTH_FORMS = new UnicodeBlock("HALFWIDTH_AND_FULLWIDTH_FORMS", "Halfwidth and Fullwidth Forms", 0xFF00, 0xFFEF);
        public static final UnicodeBlock SPECIALS = new UnicodeBlock("SPECIALS", "Specials", 0xFFF0, 0xFFFF);
        public static final UnicodeBlock LINEAR_B_SYLLABARY = new UnicodeBlock("LINEAR_B_SYLLABARY", "Linear B Syllabary", 0x10000, 0x1007F);
        public static final UnicodeBlock LINEAR_B_IDEOGRAMS = new UnicodeBlock("LINEAR_B_IDEOGRAMS", "Linear B Ideograms", 0x10080, 0x100FF);
        public static final UnicodeBlock AEGEAN_NUMBERS = new UnicodeBlock("AEGEAN_NUMBERS", "Aegean Numbers", 0x10100, 0x1013F);
        public static final UnicodeBlock ANCIENT_GREEK_NUMBERS = new UnicodeBlock("ANCIENT_GREEK_NUMBERS", "Ancient Greek Numbers", 0x10140, 0x1018F);
        public static final UnicodeBlock ANCIENT_SYMBOLS = new UnicodeBlock("ANCIENT_SYMBOLS", "Ancient Symbols", 0x10190, 0x101CF);
        public static final UnicodeBlock PHAISTOS_DISC = new UnicodeBlock("PHAISTOS_DISC", "Phaistos Disc", 0x101D0, 0x101FF);
        public static final UnicodeBlock LYCIAN = new UnicodeBlock("LYCIAN", "Lycian", 0x10280, 0x1029F);
        public static final UnicodeBlock CARIAN = new UnicodeBlock("CARIAN", "Carian", 0x102A0, 0x102DF);
        public static final UnicodeBlock COPTIC_EPACT_NUMBERS = new UnicodeBlock("COPTIC_EPACT_NUMBERS", "Coptic Epact Numbers", 0x102E0, 0x102FF);
        public static final UnicodeBlock OLD_ITALIC = new UnicodeBlock("OLD_ITALIC", "Old Italic", 0x10300, 0x1032F);
        public static final UnicodeBlock GOTHIC = new UnicodeBlock("GOTHIC", "Gothic", 0x10330, 0x1034F);
        public static final UnicodeBlock OLD_PERMIC = new UnicodeBlock("OLD_PERMIC", "Old Permic", 0x10350, 0x1037F);
        public static final UnicodeBlock UGARITIC = new UnicodeBlock("UGARITIC", "Ugaritic", 0x10380, 0x1039F);
        public static final UnicodeBlock OLD_PERSIAN = new UnicodeBlock("OLD_PERSIAN", "Old Persian", 0x103A0, 0x103DF);
        public static final UnicodeBlock DESERET = new UnicodeBlock("DESERET", "Deseret", 0x10400, 0x1044F);
        public static final UnicodeBlock SHAVIAN = new UnicodeBlock("SHAVIAN", "Shavian", 0x10450, 0x1047F);
        public static final UnicodeBlock OSMANYA = new UnicodeBlock("OSMANYA", "Osmanya", 0x10480, 0x104AF);
        public static final UnicodeBlock OSAGE = new UnicodeBlock("OSAGE", "Osage", 0x104B0, 0x104FF);
        public static final UnicodeBlock ELBASAN = new UnicodeBlock("ELBASAN", "Elbasan", 0x10500, 0x1052F);
        public static final UnicodeBlock CAUCASIAN_ALBANIAN = new UnicodeBlock("CAUCASIAN_ALBANIAN", "Caucasian Albanian", 0x10530, 0x1056F);
        public static final UnicodeBlock LINEAR_A = new UnicodeBlock("LINEAR_A", "Linear A", 0x10600, 0x1077F);
        public static final UnicodeBlock CYPRIOT_SYLLABARY = new UnicodeBlock("CYPRIOT_SYLLABARY", "Cypriot Syllabary", 0x10800, 0x1083F);
        public static final UnicodeBlock IMPERIAL_ARAMAIC = new UnicodeBlock("IMPERIAL_ARAMAIC", "Imperial Aramaic", 0x10840, 0x1085F);
        public static final UnicodeBlock PALMYRENE = new UnicodeBlock("PALMYRENE", "Palmyrene", 0x10860, 0x1087F);
        public static final UnicodeBlock NABATAEAN = new UnicodeBlock("NABATAEAN", "Nabataean", 0x10880, 0x108AF);
        public static final UnicodeBlock HATRAN = new UnicodeBlock("HATRAN", "Hatran", 0x108E0, 0x108FF);
        public static final UnicodeBlock PHOENICIAN = new UnicodeBlock("PHOENICIAN", "Phoenician", 0x10900, 0x1091F);
        public static final UnicodeBlock LYDIAN = new UnicodeBlock("LYDIAN", "Lydian", 0x10920, 0x1093F);
        public static final UnicodeBlock MEROITIC_HIEROGLYPHS = new UnicodeBlock("MEROITIC_HIEROGLYPHS", "Meroitic Hieroglyphs", 0x10980, 0x1099F);
        public static final UnicodeBlock MEROITIC_CURSIVE = new UnicodeBlock("MEROITIC_CURSIVE", "Meroitic Cursive", 0x109A0, 0x109FF);
        public static final UnicodeBlock KHAROSHTHI = new UnicodeBlock("KHAROSHTHI", "Kharoshthi", 0x10A00, 0x10A5F);
        public static final UnicodeBlock OLD_SOUTH_ARABIAN = new UnicodeBlock("OLD_SOUTH_ARABIAN", "Old South Arabian", 0x10A60, 0x10A7F);
        public static final UnicodeBlock OLD_NORTH_ARABIAN = new UnicodeBlock("OLD_NORTH_ARABIAN", "Old North Arabian", 0x10A80, 0x10A9F);
        public static final UnicodeBlock MANICHAEAN = new UnicodeBlock("MANICHAEAN", "Manichaean", 0x10AC0, 0x10AFF);
        public static final UnicodeBlock AVESTAN = new UnicodeBlock("AVESTAN", "Avestan", 0x10B00, 0x10B3F);
        public static final UnicodeBlock INSCRIPTIONAL_PARTHIAN = new UnicodeBlock("INSCRIPTIONAL_PARTHIAN", "Inscriptional Parthian", 0x10B40, 0x10B5F);
        public static final UnicodeBlock INSCRIPTIONAL_PAHLAVI = new UnicodeBlock("INSCRIPTIONAL_PAHLAVI", "Inscriptional Pahlavi", 0x10B60, 0x10B7F);
        public static final UnicodeBlock PSALTER_PAHLAVI = new UnicodeBlock("PSALTER_PAHLAVI", "Psalter Pahlavi", 0x10B80, 0x10BAF);
        public static final UnicodeBlock OLD_TURKIC = new UnicodeBlock("OLD_TURKIC", "Old Turkic", 0x10C00, 0x10C4F);
        public static final UnicodeBlock OLD_HUNGARIAN = new UnicodeBlock("OLD_HUNGARIAN", "Old Hungarian", 0x10C80, 0x10CFF);
        public static final UnicodeBlock HANIFI_ROHINGYA = new UnicodeBlock("HANIFI_ROHINGYA", "Hanifi Rohingya", 0x10D00, 0x10D3F);
        public static final UnicodeBlock RUMI_NUMERAL_SYMBOLS = new UnicodeBlock("RUMI_NUMERAL_SYMBOLS", "Rumi Numeral Symbols", 0x10E60, 0x10E7F);
        public static final UnicodeBlock YEZIDI = new UnicodeBlock("YEZIDI", "Yezidi", 0x10E80, 0x10EBF);
        public static final UnicodeBlock OLD_SOGDIAN = new UnicodeBlock("OLD_SOGDIAN", "Old Sogdian", 0x10F00, 0x10F2F);
        public static final UnicodeBlock SOGDIAN = new UnicodeBlock("SOGDIAN", "Sogdian", 0x10F30, 0x10F6F);
        public static final UnicodeBlock CHORASMIAN = new UnicodeBlock("CHORASMIAN", "Chorasmian", 0x10FB0, 0x10FDF);
        public static final UnicodeBlock ELYMAIC = new UnicodeBlock("ELYMAIC", "Elymaic", 0x10FE0, 0x10FFF);
        public static final UnicodeBlock BRAHMI = new UnicodeBlock("BRAHMI", "Brahmi", 0x11000, 0x1107F);
        public static final UnicodeBlock KAITHI = new UnicodeBlock("KAITHI", "Kaithi", 0x11080, 0x110CF);
        public static final UnicodeBlock SORA_SOMPENG = new UnicodeBlock("SORA_SOMPENG", "Sora Sompeng", 0x110D0, 0x110FF);
        public static final UnicodeBlock CHAKMA = new UnicodeBlock("CHAKMA", "Chakma", 0x11100, 0x1114F);
        public static final UnicodeBlock MAHAJANI = new UnicodeBlock("MAHAJANI", "Mahajani", 0x11150, 0x1117F);
        public static final UnicodeBlock SHARADA = new UnicodeBlock("SHARADA", "Sharada", 0x11180, 0x111DF);
        public static final UnicodeBlock SINHALA_ARCHAIC_NUMBERS = new UnicodeBlock("SINHALA_ARCHAIC_NUMBERS", "Sinhala Archaic Numbers", 0x111E0, 0x111FF);
        public static final UnicodeBlock KHOJKI = new UnicodeBlock("KHOJKI", "Khojki", 0x11200, 0x1124F);
        public static final UnicodeBlock MULTANI = new UnicodeBlock("MULTANI", "Multani", 0x11280, 0x112AF);
        public static final UnicodeBlock KHUDAWADI = new UnicodeBlock("KHUDAWADI", "Khudawadi", 0x112B0, 0x112FF);
        public static final UnicodeBlock GRANTHA = new UnicodeBlock("GRANTHA", "Grantha", 0x11300, 0x1137F);
        public static final UnicodeBlock NEWA = new UnicodeBlock("NEWA", "Newa", 0x11400, 0x1147F);
        public static final UnicodeBlock TIRHUTA = new UnicodeBlock("TIRHUTA", "Tirhuta", 0x11480, 0x114DF);
        public static final UnicodeBlock SIDDHAM = new UnicodeBlock("SIDDHAM", "Siddham", 0x11580, 0x115FF);
        public static final UnicodeBlock MODI = new UnicodeBlock("MODI", "Modi", 0x11600, 0x1165F);
        public static final UnicodeBlock MONGOLIAN_SUPPLEMENT = new UnicodeBlock("MONGOLIAN_SUPPLEMENT", "Mongolian Supplement", 0x11660, 0x1167F);
        public static final UnicodeBlock TAKRI = new UnicodeBlock("TAKRI", "Takri", 0x11680, 0x116CF);
        public static final UnicodeBlock AHOM = new UnicodeBlock("AHOM", "Ahom", 0x11700, 0x1173F);
        public static final UnicodeBlock DOGRA = new UnicodeBlock("DOGRA", "Dogra", 0x11800, 0x1184F);
        public static final UnicodeBlock WARANG_CITI = new UnicodeBlock("WARANG_CITI", "Warang Citi", 0x118A0, 0x118FF);
        public static final UnicodeBlock DIVES_AKURU = new UnicodeBlock("DIVES_AKURU", "Dives Akuru", 0x11900, 0x1195F);
        public static final UnicodeBlock NANDINAGARI = new UnicodeBlock("NANDINAGARI", "Nandinagari", 0x119A0, 0x119FF);
        public static final UnicodeBlock ZANABAZAR_SQUARE = new UnicodeBlock("ZANABAZAR_SQUARE", "Zanabazar Square", 0x11A00, 0x11A4F);
        public static final UnicodeBlock SOYOMBO = new UnicodeBlock("SOYOMBO", "Soyombo", 0x11A50, 0x11AAF);
        public static final UnicodeBlock PAU_CIN_HAU = new UnicodeBlock("PAU_CIN_HAU", "Pau Cin Hau", 0x11AC0, 0x11AFF);
        public static final UnicodeBlock BHAIKSUKI = new UnicodeBlock("BHAIKSUKI", "Bhaiksuki", 0x11C00, 0x11C6F);
        public static final UnicodeBlock MARCHEN = new UnicodeBlock("MARCHEN", "Marchen", 0x11C70, 0x11CBF);
        public static final UnicodeBlock MASARAM_GONDI = new UnicodeBlock("MASARAM_GONDI", "Masaram Gondi", 0x11D00, 0x11D5F);
        public static final UnicodeBlock GUNJALA_GONDI = new UnicodeBlock("GUNJALA_GONDI", "Gunjala Gondi", 0x11D60, 0x11DAF);
        public static final UnicodeBlock MAKASAR = new UnicodeBlock("MAKASAR", "Makasar", 0x11EE0, 0x11EFF);
        public static final UnicodeBlock LISU_SUPPLEMENT = new UnicodeBlock("LISU_SUPPLEMENT", "Lisu Supplement", 0x11FB0, 0x11FBF);
        public static final UnicodeBlock TAMIL_SUPPLEMENT = new UnicodeBlock("TAMIL_SUPPLEMENT", "Tamil Supplement", 0x11FC0, 0x11FFF);
        public static final UnicodeBlock CUNEIFORM = new UnicodeBlock("CUNEIFORM", "Cuneiform", 0x12000, 0x123FF);
        public static final UnicodeBlock CUNEIFORM_NUMBERS_AND_PUNCTUATION = new UnicodeBlock("CUNEIFORM_NUMBERS_AND_PUNCTUATION", "Cuneiform Numbers and Punctuation", 0x12400, 0x1247F);
        public static final UnicodeBlock EARLY_DYNASTIC_CUNEIFORM = new UnicodeBlock("EARLY_DYNASTIC_CUNEIFORM", "Early Dynastic Cuneiform", 0x12480, 0x1254F);
        public static final UnicodeBlock EGYPTIAN_HIEROGLYPHS = new UnicodeBlock("EGYPTIAN_HIEROGLYPHS", "Egyptian Hieroglyphs", 0x13000, 0x1342F);
        public static final UnicodeBlock EGYPTIAN_HIEROGLYPH_FORMAT_CONTROLS = new UnicodeBlock("EGYPTIAN_HIEROGLYPH_FORMAT_CONTROLS", "Egyptian Hieroglyph Format Controls", 0x13430, 0x1343F);
        public static final UnicodeBlock ANATOLIAN_HIEROGLYPHS = new UnicodeBlock("ANATOLIAN_HIEROGLYPHS", "Anatolian Hieroglyphs", 0x14400, 0x1467F);
        public static final UnicodeBlock BAMUM_SUPPLEMENT = new UnicodeBlock("BAMUM_SUPPLEMENT", "Bamum Supplement", 0x16800, 0x16A3F);
        public static final UnicodeBlock MRO = new UnicodeBlock("MRO", "Mro", 0x16A40, 0x16A6F);
        public static final UnicodeBlock BASSA_VAH = new UnicodeBlock("BASSA_VAH", "Bassa Vah", 0x16AD0, 0x16AFF);
        public static final UnicodeBlock PAHAWH_HMONG = new UnicodeBlock("PAHAWH_HMONG", "Pahawh Hmong", 0x16B00, 0x16B8F);
        public static final UnicodeBlock MEDEFAIDRIN = new UnicodeBlock("MEDEFAIDRIN", "Medefaidrin", 0x16E40, 0x16E9F);
        public static final UnicodeBlock MIAO = new UnicodeBlock("MIAO", "Miao", 0x16F00, 0x16F9F);
        public static final UnicodeBlock IDEOGRAPHIC_SYMBOLS_AND_PUNCTUATION = new UnicodeBlock("IDEOGRAPHIC_SYMBOLS_AND_PUNCTUATION", "Ideographic Symbols and Punctuation", 0x16FE0, 0x16FFF);
        public static final UnicodeBlock TANGUT = new UnicodeBlock("TANGUT", "Tangut", 0x17000, 0x187FF);
        public static final UnicodeBlock TANGUT_COMPONENTS = new UnicodeBlock("TANGUT_COMPONENTS", "Tangut Components", 0x18800, 0x18AFF);
        public static final UnicodeBlock KHITAN_SMALL_SCRIPT = new UnicodeBlock("KHITAN_SMALL_SCRIPT", "Khitan Small Script", 0x18B00, 0x18CFF);
        public static final UnicodeBlock TANGUT_SUPPLEMENT = new UnicodeBlock("TANGUT_SUPPLEMENT", "Tangut Supplement", 0x18D00, 0x18D8F);
        public static final UnicodeBlock KANA_SUPPLEMENT = new UnicodeBlock("KANA_SUPPLEMENT", "Kana Supplement", 0x1B000, 0x1B0FF);
        public static final UnicodeBlock KANA_EXTENDED_A = new UnicodeBlock("KANA_EXTENDED_A", "Kana Extended-A", 0x1B100, 0x1B12F);
        public static final UnicodeBlock SMALL_KANA_EXTENSION = new UnicodeBlock("SMALL_KANA_EXTENSION", "Small Kana Extension", 0x1B130, 0x1B16F);
        public static final UnicodeBlock NUSHU = new UnicodeBlock("NUSHU", "Nushu", 0x1B170, 0x1B2FF);
        public static final UnicodeBlock DUPLOYAN = new UnicodeBlock("DUPLOYAN", "Duployan", 0x1BC00, 0x1BC9F);
        public static final UnicodeBlock SHORTHAND_FORMAT_CONTROLS = new UnicodeBlock("SHORTHAND_FORMAT_CONTROLS", "Shorthand Format Controls", 0x1BCA0, 0x1BCAF);
        public static final UnicodeBlock BYZANTINE_MUSICAL_SYMBOLS = new UnicodeBlock("BYZANTINE_MUSICAL_SYMBOLS", "Byzantine Musical Symbols", 0x1D000, 0x1D0FF);
        public static final UnicodeBlock MUSICAL_SYMBOLS = new UnicodeBlock("MUSICAL_SYMBOLS", "Musical Symbols", 0x1D100, 0x1D1FF);
        public static final UnicodeBlock ANCIENT_GREEK_MUSICAL_NOTATION = new UnicodeBlock("ANCIENT_GREEK_MUSICAL_NOTATION", "Ancient Greek Musical Notation", 0x1D200, 0x1D24F);
        public static final UnicodeBlock MAYAN_NUMERALS = new UnicodeBlock("MAYAN_NUMERALS", "Mayan Numerals", 0x1D2E0, 0x1D2FF);
        public static final UnicodeBlock TAI_XUAN_JING_SYMBOLS = new UnicodeBlock("TAI_XUAN_JING_SYMBOLS", "Tai Xuan Jing Symbols", 0x1D300, 0x1D35F);
        public static final UnicodeBlock COUNTING_ROD_NUMERALS = new UnicodeBlock("COUNTING_ROD_NUMERALS", "Counting Rod Numerals", 0x1D360, 0x1D37F);
        public static final UnicodeBlock MATHEMATICAL_ALPHANUMERIC_SYMBOLS = new UnicodeBlock("MATHEMATICAL_ALPHANUMERIC_SYMBOLS", "Mathematical Alphanumeric Symbols", 0x1D400, 0x1D7FF);
        public static final UnicodeBlock SUTTON_SIGNWRITING = new UnicodeBlock("SUTTON_SIGNWRITING", "Sutton SignWriting", 0x1D800, 0x1DAAF);
        public static final UnicodeBlock GLAGOLITIC_SUPPLEMENT = new UnicodeBlock("GLAGOLITIC_SUPPLEMENT", "Glagolitic Supplement", 0x1E000, 0x1E02F);
        public static final UnicodeBlock NYIAKENG_PUACHUE_HMONG = new UnicodeBlock("NYIAKENG_PUACHUE_HMONG", "Nyiakeng Puachue Hmong", 0x1E100, 0x1E14F);
        public static final UnicodeBlock WANCHO = new UnicodeBlock("WANCHO", "Wancho", 0x1E2C0, 0x1E2FF);
        public static final UnicodeBlock MENDE_KIKAKUI = new UnicodeBlock("MENDE_KIKAKUI", "Mende Kikakui", 0x1E800, 0x1E8DF);
        public static final UnicodeBlock ADLAM = new UnicodeBlock("ADLAM", "Adlam", 0x1E900, 0x1E95F);
        public static final UnicodeBlock INDIC_SIYAQ_NUMBERS = new UnicodeBlock("INDIC_SIYAQ_NUMBERS", "Indic Siyaq Numbers", 0x1EC70, 0x1ECBF);
        public static final UnicodeBlock OTTOMAN_SIYAQ_NUMBERS = new UnicodeBlock("OTTOMAN_SIYAQ_NUMBERS", "Ottoman Siyaq Numbers", 0x1ED00, 0x1ED4F);
        public static final UnicodeBlock ARABIC_MATHEMATICAL_ALPHABETIC_SYMBOLS = new UnicodeBlock("ARABIC_MATHEMATICAL_ALPHABETIC_SYMBOLS", "Arabic Mathematical Alphabetic Symbols", 0x1EE00, 0x1EEFF);
        public static final UnicodeBlock MAHJONG_TILES = new UnicodeBlock("MAHJONG_TILES", "Mahjong Tiles", 0x1F000, 0x1F02F);
        public static final UnicodeBlock DOMINO_TILES = new UnicodeBlock("DOMINO_TILES", "Domino Tiles", 0x1F030, 0x1F09F);
        public static final UnicodeBlock PLAYING_CARDS = new UnicodeBlock("PLAYING_CARDS", "Playing Cards", 0x1F0A0, 0x1F0FF);
        public static final UnicodeBlock ENCLOSED_ALPHANUMERIC_SUPPLEMENT = new UnicodeBlock("ENCLOSED_ALPHANUMERIC_SUPPLEMENT", "Enclosed Alphanumeric Supplement", 0x1F100, 0x1F1FF);
        public static final UnicodeBlock ENCLOSED_IDEOGRAPHIC_SUPPLEMENT = new UnicodeBlock("ENCLOSED_IDEOGRAPHIC_SUPPLEMENT", "Enclosed Ideographic Supplement", 0x1F200, 0x1F2FF);
        public static final UnicodeBlock MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS = new UnicodeBlock("MISCELLANEOUS_SYMBOLS_AND_PICTOGRAPHS", "Miscellaneous Symbols and Pictographs", 0x1F300, 0x1F5FF);
        public static final UnicodeBlock EMOTICONS = new UnicodeBlock("EMOTICONS", "Emoticons", 0x1F600, 0x1F64F);
        public static final UnicodeBlock ORNAMENTAL_DINGBATS = new UnicodeBlock("ORNAMENTAL_DINGBATS", "Ornamental Dingbats", 0x1F650, 0x1F67F);
        public static final UnicodeBlock TRANSPORT_AND_MAP_SYMBOLS = new UnicodeBlock("TRANSPORT_AND_MAP_SYMBOLS", "Transport and Map Symbols", 0x1F680, 0x1F6FF);
        public static final UnicodeBlock ALCHEMICAL_SYMBOLS = new UnicodeBlock("ALCHEMICAL_SYMBOLS", "Alchemical Symbols", 0x1F700, 0x1F77F);
        public static final UnicodeBlock GEOMETRIC_SHAPES_EXTENDED = new UnicodeBlock("GEOMETRIC_SHAPES_EXTENDED", "Geometric Shapes Extended", 0x1F780, 0x1F7FF);
        public static final UnicodeBlock SUPPLEMENTAL_ARROWS_C = new UnicodeBlock("SUPPLEMENTAL_ARROWS_C", "Supplemental Arrows-C", 0x1F800, 0x1F8FF);
        public static final UnicodeBlock SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS = new UnicodeBlock("SUPPLEMENTAL_SYMBOLS_AND_PICTOGRAPHS", "Supplemental Symbols and Pictographs", 0x1F900, 0x1F9FF);
        public static final UnicodeBlock CHESS_SYMBOLS = new UnicodeBlock("CHESS_SYMBOLS", "Chess Symbols", 0x1FA00, 0x1FA6F);
        public static final UnicodeBlock SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A = new UnicodeBlock("SYMBOLS_AND_PICTOGRAPHS_EXTENDED_A", "Symbols and Pictographs Extended-A", 0x1FA70, 0x1FAFF);
        public static final UnicodeBlock SYMBOLS_FOR_LEGACY_COMPUTING = new UnicodeBlock("SYMBOLS_FOR_LEGACY_COMPUTING", "Symbols for Legacy Computing", 0x1FB00, 0x1FBFF);
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B", "CJK Unified Ideographs Extension B", 0x20000, 0x2A6DF);
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C", "CJK Unified Ideographs Extension C", 0x2A700, 0x2B73F);
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D", "CJK Unified Ideographs Extension D", 0x2B740, 0x2B81F);
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_E", "CJK Unified Ideographs Extension E", 0x2B820, 0x2CEAF);
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_F", "CJK Unified Ideographs Extension F", 0x2CEB0, 0x2EBEF);
        public static final UnicodeBlock CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT = new UnicodeBlock("CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT", "CJK Compatibility Ideographs Supplement", 0x2F800, 0x2FA1F);
        public static final UnicodeBlock CJK_UNIFIED_IDEOGRAPHS_EXTENSION_G = new UnicodeBlock("CJK_UNIFIED_IDEOGRAPHS_EXTENSION_G", "CJK Unified Ideographs Extension G", 0x30000, 0x3134F);
        public static final UnicodeBlock TAGS = new UnicodeBlock("TAGS", "Tags", 0xE0000, 0xE007F);
        public static final UnicodeBlock VARIATION_SELECTORS_SUPPLEMENT = new UnicodeBlock("VARIATION_SELECTORS_SUPPLEMENT", "Variation Selectors Supplement", 0xE0100, 0xE01EF);
        public static final UnicodeBlock SUPPLEMENTARY_PRIVATE_USE_AREA_A = new UnicodeBlock("SUPPLEMENTARY_PRIVATE_USE_AREA_A", "Supplementary Private Use Area-A", 0xF0000, 0xFFFFF);
        public static final UnicodeBlock SUPPLEMENTARY_PRIVATE_USE_AREA_B = new UnicodeBlock("SUPPLEMENTARY_PRIVATE_USE_AREA_B", "Supplementary Private Use Area-B", 0x100000, 0x10FFFF);
        // END GENERATED UnicodeBlock

        /** Deprecated since Java 5: the surrogates are three blocks (HIGH_SURROGATES and so on). */
        @Deprecated
        public static final UnicodeBlock SURROGATES_AREA = new UnicodeBlock("SURROGATES_AREA");

        /** The block of {@code c}, or null if it is in none. */
        public static UnicodeBlock of(char c) {
            return of((int) c);
        }

        /** The block of {@code codePoint}, or null if it is in none. */
        public static UnicodeBlock of(int codePoint) {
            if (codePoint < 0 || codePoint > MAX_CODE_POINT) {
                throw new IllegalArgumentException("Not a valid Unicode code point: 0x"
                        + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT));
            }
            int lo = 0;
            int hi = BLOCKS.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                UnicodeBlock b = BLOCKS.get(mid);
                if (codePoint < b.start) {
                    hi = mid - 1;
                } else if (codePoint > b.end) {
                    lo = mid + 1;
                } else {
                    return b;
                }
            }
            return null;
        }

        /** The block with this Unicode or constant name (any case; spaces may be left out of a Unicode name). */
        public static UnicodeBlock forName(String blockName) {
            UnicodeBlock b = BY_NAME.get(blockName.toUpperCase(java.util.Locale.ROOT));
            if (b == null) {
                throw new IllegalArgumentException("Not a valid block name: " + blockName);
            }
            return b;
        }
    }
}
