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

    /** The code points where the Unicode blocks of ten decimal digits (category Nd) start. */
    private static final int[] DIGIT_ZEROS = {
        0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
        0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
        0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10
    };

    /** Inclusive ranges of letters beyond Latin-1 (pairs of first, last), sorted. */
    private static final int[] LETTER_RANGES = {
        0x0100, 0x02C1, 0x02C6, 0x02D1, 0x02E0, 0x02E4, 0x02EC, 0x02EC, 0x02EE, 0x02EE, 0x0370, 0x0374,
        0x0376, 0x0377, 0x037A, 0x037D, 0x037F, 0x037F, 0x0386, 0x0386, 0x0388, 0x038A, 0x038C, 0x038C,
        0x038E, 0x03A1, 0x03A3, 0x03F5, 0x03F7, 0x0481, 0x048A, 0x052F, 0x0531, 0x0556, 0x0559, 0x0559,
        0x0560, 0x0588, 0x05D0, 0x05EA, 0x05EF, 0x05F2, 0x0620, 0x064A, 0x066E, 0x066F, 0x0671, 0x06D3,
        0x06D5, 0x06D5, 0x06E5, 0x06E6, 0x06EE, 0x06EF, 0x06FA, 0x06FC, 0x06FF, 0x06FF, 0x0904, 0x0939,
        0x093D, 0x093D, 0x0950, 0x0950, 0x0958, 0x0961, 0x0971, 0x0980, 0x0E01, 0x0E30, 0x0E32, 0x0E33,
        0x0E40, 0x0E46, 0x10A0, 0x10C5, 0x10D0, 0x10FA, 0x1100, 0x1248, 0x1E00, 0x1F15, 0x1F18, 0x1F1D,
        0x1F20, 0x1F45, 0x1F48, 0x1F4D, 0x1F50, 0x1F57, 0x1F59, 0x1F59, 0x1F5B, 0x1F5B, 0x1F5D, 0x1F5D,
        0x1F5F, 0x1F7D, 0x1F80, 0x1FB4, 0x1FB6, 0x1FBC, 0x1FBE, 0x1FBE, 0x1FC2, 0x1FC4, 0x1FC6, 0x1FCC,
        0x1FD0, 0x1FD3, 0x1FD6, 0x1FDB, 0x1FE0, 0x1FEC, 0x1FF2, 0x1FF4, 0x1FF6, 0x1FFC, 0x2071, 0x2071,
        0x207F, 0x207F, 0x2090, 0x209C, 0x2102, 0x2102, 0x2107, 0x2107, 0x210A, 0x2113, 0x2115, 0x2115,
        0x2119, 0x211D, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212A, 0x212D, 0x212F, 0x2139,
        0x2C00, 0x2CE4, 0x3005, 0x3006, 0x3031, 0x3035, 0x303B, 0x303C, 0x3041, 0x3096, 0x309D, 0x309F,
        0x30A1, 0x30FA, 0x30FC, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3400, 0x4DBF, 0x4E00, 0x9FFC,
        0xA000, 0xA48C, 0xAC00, 0xD7A3, 0xF900, 0xFA6D, 0xFB00, 0xFB06, 0xFF21, 0xFF3A, 0xFF41, 0xFF5A,
        0xFF66, 0xFFBE, 0x10000, 0x1FFFF, 0x20000, 0x2FA1D, 0x30000, 0x3134A
    };

    /** Inclusive ranges of letter numbers (category Nl), pairs of first, last. */
    private static final int[] LETTER_NUMBER_RANGES = {
        0x16EE, 0x16F0, 0x2160, 0x2182, 0x2185, 0x2188, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303A
    };

    /** Inclusive ranges of combining marks and other identifier parts beyond Latin-1, pairs of first, last. */
    private static final int[] MARK_RANGES = {
        0x0300, 0x036F, 0x0483, 0x0487, 0x0591, 0x05BD, 0x05BF, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5,
        0x05C7, 0x05C7, 0x0610, 0x061A, 0x064B, 0x065F, 0x0670, 0x0670, 0x06D6, 0x06DC, 0x06DF, 0x06E4,
        0x0900, 0x0903, 0x093A, 0x094F, 0x0951, 0x0957, 0x0962, 0x0963, 0x0E31, 0x0E31, 0x0E34, 0x0E3A,
        0x0E47, 0x0E4E, 0x1AB0, 0x1AFF, 0x1DC0, 0x1DFF, 0x20D0, 0x20F0, 0x302A, 0x302F, 0x3099, 0x309A,
        0xFE00, 0xFE0F, 0xFE20, 0xFE2F
    };

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

    /** Whether {@code ch} is a surrogate. */
    /** General categories of U+0000..U+00FF, one char per code point (the Unicode Character Database). */
    private static final String LATIN1_TYPES =
        "\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000c\u0018\u0018\u0018\u001a\u0018\u0018\u0018\u0015\u0016\u0018\u0019\u0018\u0014\u0018\u0018\u0009\u0009\u0009\u0009\u0009\u0009\u0009\u0009\u0009\u0009\u0018\u0018\u0019\u0019\u0019\u0018\u0018\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0015\u0018\u0016\u001b\u0017\u001b\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0015\u0019\u0016\u0019\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000f\u000c\u0018\u001a\u001a\u001a\u001a\u001c\u0018\u001b\u001c\u0005\u001d\u0019\u0010\u001c\u001b\u001c\u0019\u000b\u000b\u001b\u0002\u0018\u0018\u001b\u000b\u0005\u001e\u000b\u000b\u000b\u0018\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0019\u0001\u0001\u0001\u0001\u0001\u0001\u0001\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0019\u0002\u0002\u0002\u0002\u0002\u0002\u0002\u0002";

    /** The Unicode general category of {@code ch}, as one of this class's category constants. Exact for
     * Latin-1; beyond it derived from the letter, case, digit and space tests (surrogates and private use
     * exactly). */
    public static int getType(char ch) {
        return getType((int) ch);
    }

    /** The Unicode general category of the code point {@code codePoint}; see {@link #getType(char)}. */
    public static int getType(int codePoint) {
        if (codePoint >= 0 && codePoint < 256) {
            return LATIN1_TYPES.charAt(codePoint);
        }
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            return 19;
        }
        if (codePoint >= 0xE000 && codePoint <= 0xF8FF) {
            return 18;
        }
        if (codePoint < 0 || codePoint > 0x10FFFF) {
            return 0;
        }
        if (isUpperCase(codePoint)) {
            return 1;
        }
        if (isLowerCase(codePoint)) {
            return 2;
        }
        if (isLetter(codePoint)) {
            return 5;
        }
        if (isDigit(codePoint)) {
            return 9;
        }
        if (isWhitespace(codePoint)) {
            return 12;
        }
        return 0;
    }

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

    /** The value of {@code codePoint} as a digit in {@code radix} (decimal digits, Latin and full-width letters), or -1. */
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int v = -1;
        if (codePoint >= '0' && codePoint <= '9') {
            v = codePoint - '0';
        } else if (codePoint >= 'a' && codePoint <= 'z') {
            v = codePoint - 'a' + 10;
        } else if (codePoint >= 'A' && codePoint <= 'Z') {
            v = codePoint - 'A' + 10;
        } else if (codePoint >= 0xFF21 && codePoint <= 0xFF3A) {
            v = codePoint - 0xFF21 + 10;
        } else if (codePoint >= 0xFF41 && codePoint <= 0xFF5A) {
            v = codePoint - 0xFF41 + 10;
        } else if (codePoint >= 0x80) {
            v = decimalValue(codePoint);
        }
        return v < radix ? v : -1;
    }

    private static int decimalValue(int cp) {
        for (int zero : DIGIT_ZEROS) {
            if (cp >= zero && cp < zero + 10) {
                return cp - zero;
            }
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

    /** The numeric value of {@code codePoint}: digits, letters as 10..35, -2 for fractions, -1 for none. */
    public static int getNumericValue(int codePoint) {
        int v = digit(codePoint, MAX_RADIX);
        if (v >= 0) {
            return v;
        }
        switch (codePoint) {
            case 0xB2:
                return 2;
            case 0xB3:
                return 3;
            case 0xB9:
                return 1;
            case 0xBC:
            case 0xBD:
            case 0xBE:
                return -2;
            default:
                if (codePoint >= 0x2160 && codePoint <= 0x216B) {
                    return romanValue(codePoint - 0x2160);
                }
                if (codePoint >= 0x2170 && codePoint <= 0x217B) {
                    return romanValue(codePoint - 0x2170);
                }
                return -1;
        }
    }

    private static int romanValue(int i) {
        return i < 10 ? i + 1 : (i == 10 ? 11 : 12);
    }

    // ---------------------------------------------------------------- properties

    private static boolean inRanges(int[] ranges, int cp) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code cp} is a letter. */
    public static boolean isLetter(int cp) {
        if (cp < 0x100) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == 0xAA || cp == 0xB5 || cp == 0xBA
                    || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
        }
        return inRanges(LETTER_RANGES, cp);
    }

    /** Whether {@code cp} is a decimal digit. */
    public static boolean isDigit(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        return decimalValue(cp) >= 0;
    }

    /** Whether {@code cp} is a letter or a digit. */
    public static boolean isLetterOrDigit(int cp) {
        return isLetter(cp) || isDigit(cp);
    }

    /** Whether {@code cp} is alphabetic: a letter or a letter number. */
    public static boolean isAlphabetic(int cp) {
        return isLetter(cp) || inRanges(LETTER_NUMBER_RANGES, cp);
    }

    /** Whether {@code cp} is a lower-case letter. */
    public static boolean isLowerCase(int cp) {
        if (cp < 0x100) {
            return (cp >= 'a' && cp <= 'z') || cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xDF && cp != 0xF7);
        }
        if (cp == 0x138 || cp == 0x149 || cp == 0x390 || cp == 0x3B0) {
            return true;
        }
        return toUpperCase(cp) != cp || (cp >= 0x2170 && cp <= 0x217F) || (cp >= 0x1D00 && cp <= 0x1DBF);
    }

    /** Whether {@code cp} is an upper-case letter. */
    public static boolean isUpperCase(int cp) {
        if (cp < 0x100) {
            return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
        }
        if (cp >= 0x2160 && cp <= 0x216F) {
            return true;
        }
        return toLowerCase(cp) != cp && !isTitleCase(cp);
    }

    /** Whether {@code cp} is a title-case letter. */
    public static boolean isTitleCase(int cp) {
        return cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2 || (cp >= 0x1F88 && cp <= 0x1F8F)
                || (cp >= 0x1F98 && cp <= 0x1F9F) || (cp >= 0x1FA8 && cp <= 0x1FAF) || cp == 0x1FBC || cp == 0x1FCC
                || cp == 0x1FFC;
    }

    /** The upper-case mapping of {@code cp}, or {@code cp}. */
    public static int toUpperCase(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        if (c < 0x100) {
            if (c >= 0xE0 && c <= 0xFE && c != 0xF7) {
                return c - 32;
            }
            return c == 0xFF ? 0x178 : (c == 0xB5 ? 0x39C : c);
        }
        if (c < 0x180) {
            if (c == 0x131) {
                return 'I';
            }
            if (c == 0x17F) {
                return 'S';
            }
            if (c == 0x130 || c == 0x138 || c == 0x149 || c == 0x178) {
                return c;
            }
            if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) {
                return (c & 1) == 0 ? c - 1 : c;
            }
            return (c & 1) == 1 ? c - 1 : c;
        }
        if (c >= 0x1C4 && c <= 0x1CC) {
            return c <= 0x1C6 ? 0x1C4 : (c <= 0x1C9 ? 0x1C7 : 0x1CA);
        }
        if (c >= 0x1F1 && c <= 0x1F3) {
            return 0x1F1;
        }
        if (c >= 0x370 && c < 0x400) {
            if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) {
                return c - 32;
            }
            switch (c) {
                case 0x3C2:
                    return 0x3A3;
                case 0x3AC:
                    return 0x386;
                case 0x3AD:
                case 0x3AE:
                case 0x3AF:
                    return c - 37;
                case 0x3CC:
                    return 0x38C;
                case 0x3CD:
                case 0x3CE:
                    return c - 63;
                default:
                    return c;
            }
        }
        if (c >= 0x400 && c < 0x530) {
            if (c >= 0x430 && c <= 0x44F) {
                return c - 32;
            }
            if (c >= 0x450 && c <= 0x45F) {
                return c - 80;
            }
            if (c == 0x4CF) {
                return 0x4C0;
            }
            if (c >= 0x4C1 && c <= 0x4CE) {
                return (c & 1) == 0 ? c - 1 : c;
            }
            if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) {
                return (c & 1) == 1 ? c - 1 : c;
            }
            return c;
        }
        if (c >= 0x561 && c <= 0x586) {
            return c - 48;
        }
        if (c >= 0x1E00 && c <= 0x1EFF && c != 0x1E96 && !(c >= 0x1E96 && c <= 0x1E9F)) {
            return (c & 1) == 1 ? c - 1 : c;
        }
        if (c >= 0x2170 && c <= 0x217F) {
            return c - 16;
        }
        if (c >= 0xFF41 && c <= 0xFF5A) {
            return c - 32;
        }
        return c;
    }

    /** The lower-case mapping of {@code cp}, or {@code cp}. */
    public static int toLowerCase(int c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        if (c < 0x100) {
            return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 32 : c;
        }
        if (c < 0x180) {
            if (c == 0x130) {
                return 'i';
            }
            if (c == 0x178) {
                return 0xFF;
            }
            if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) {
                return c;
            }
            if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) {
                return (c & 1) == 1 ? c + 1 : c;
            }
            return (c & 1) == 0 ? c + 1 : c;
        }
        if (c >= 0x1C4 && c <= 0x1CC) {
            return c <= 0x1C6 ? 0x1C6 : (c <= 0x1C9 ? 0x1C9 : 0x1CC);
        }
        if (c >= 0x1F1 && c <= 0x1F3) {
            return 0x1F3;
        }
        if (c >= 0x370 && c < 0x400) {
            if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) {
                return c + 32;
            }
            switch (c) {
                case 0x386:
                    return 0x3AC;
                case 0x388:
                case 0x389:
                case 0x38A:
                    return c + 37;
                case 0x38C:
                    return 0x3CC;
                case 0x38E:
                case 0x38F:
                    return c + 63;
                default:
                    return c;
            }
        }
        if (c >= 0x400 && c < 0x530) {
            if (c >= 0x410 && c <= 0x42F) {
                return c + 32;
            }
            if (c >= 0x400 && c <= 0x40F) {
                return c + 80;
            }
            if (c == 0x4C0) {
                return 0x4CF;
            }
            if (c >= 0x4C1 && c <= 0x4CE) {
                return (c & 1) == 1 ? c + 1 : c;
            }
            if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) {
                return (c & 1) == 0 ? c + 1 : c;
            }
            return c;
        }
        if (c >= 0x531 && c <= 0x556) {
            return c + 48;
        }
        if (c >= 0x1E00 && c <= 0x1EFF && !(c >= 0x1E96 && c <= 0x1E9F)) {
            return (c & 1) == 0 ? c + 1 : c;
        }
        if (c >= 0x2160 && c <= 0x216F) {
            return c + 16;
        }
        if (c >= 0xFF21 && c <= 0xFF3A) {
            return c + 32;
        }
        return c;
    }

    /** The title-case mapping of {@code cp}: the upper-case one except for the Latin digraphs. */
    public static int toTitleCase(int c) {
        if (c >= 0x1C4 && c <= 0x1CC) {
            return c <= 0x1C6 ? 0x1C5 : (c <= 0x1C9 ? 0x1C8 : 0x1CB);
        }
        if (c >= 0x1F1 && c <= 0x1F3) {
            return 0x1F2;
        }
        return toUpperCase(c);
    }

    /** Whether {@code cp} is a space, line or paragraph separator. */
    public static boolean isSpaceChar(int cp) {
        return cp == 0x20 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** Whether {@code cp} is Java white space. */
    public static boolean isWhitespace(int cp) {
        if (cp <= 0x20) {
            return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x2006) || (cp >= 0x2008 && cp <= 0x200A) || cp == 0x2028
                || cp == 0x2029 || cp == 0x205F || cp == 0x3000;
    }

    /** Whether {@code cp} is an ISO control character. */
    public static boolean isISOControl(int cp) {
        return (cp >= 0 && cp <= 0x1F) || (cp >= 0x7F && cp <= 0x9F);
    }

    /** Whether {@code cp} is ignorable in an identifier. */
    public static boolean isIdentifierIgnorable(int cp) {
        return (cp >= 0 && cp <= 8) || (cp >= 0x0E && cp <= 0x1B) || (cp >= 0x7F && cp <= 0x9F) || cp == 0xAD
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064)
                || cp == 0xFEFF;
    }

    private static boolean isCurrencyOrConnector(int cp) {
        return cp == '$' || cp == '_' || (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20BF) || cp == 0x203F
                || cp == 0x2040 || cp == 0x2054 || cp == 0xFE33 || cp == 0xFE34 || (cp >= 0xFE4D && cp <= 0xFE4F)
                || cp == 0xFF3F || cp == 0xFF04 || cp == 0x058F || cp == 0x060B || cp == 0x09F2 || cp == 0x09F3
                || cp == 0x0E3F || cp == 0x17DB;
    }

    /** Whether {@code cp} may start a Java identifier. */
    public static boolean isJavaIdentifierStart(int cp) {
        return isLetter(cp) || isCurrencyOrConnector(cp) || inRanges(LETTER_NUMBER_RANGES, cp);
    }

    /** Whether {@code cp} may be part of a Java identifier. */
    public static boolean isJavaIdentifierPart(int cp) {
        return isJavaIdentifierStart(cp) || isDigit(cp) || isIdentifierIgnorable(cp) || inRanges(MARK_RANGES, cp);
    }

    /** Whether {@code cp} may start a Unicode identifier. */
    public static boolean isUnicodeIdentifierStart(int cp) {
        return isLetter(cp) || inRanges(LETTER_NUMBER_RANGES, cp);
    }

    /** Whether {@code cp} may be part of a Unicode identifier. */
    public static boolean isUnicodeIdentifierPart(int cp) {
        return isUnicodeIdentifierStart(cp) || isDigit(cp) || cp == '_' || cp == 0x203F || cp == 0x2040
                || isIdentifierIgnorable(cp) || inRanges(MARK_RANGES, cp);
    }

    /** Whether {@code cp} is defined (approximately). */
    public static boolean isDefined(int cp) {
        return isValidCodePoint(cp) && !(cp >= MIN_SURROGATE && cp <= MAX_SURROGATE) && (cp & 0xFFFE) != 0xFFFE
                && !(cp >= 0xFDD0 && cp <= 0xFDEF);
    }

    /** Whether {@code cp} is mirrored (ASCII and Latin-1 brackets and guillemets). */
    public static boolean isMirrored(int cp) {
        return cp == '(' || cp == ')' || cp == '<' || cp == '>' || cp == '[' || cp == ']' || cp == '{' || cp == '}'
                || cp == 0xAB || cp == 0xBB;
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
