package java.util.regex;

/**
 * A set of code points that one step of a pattern can consume: literals, ranges, the predefined and
 * property classes, and the union, intersection and complement that bracket expressions build from them.
 * Case-insensitive matching is folded in here, when a class is built, so the matcher only ever asks
 * {@link #is(int)}.
 */
abstract class CharClass {
    /** Whether {@code cp} belongs to this class. */
    abstract boolean is(int cp);

    /** This class or {@code other}. */
    CharClass union(CharClass other) {
        CharClass a = this;
        return new CharClass() {
            boolean is(int cp) {
                return a.is(cp) || other.is(cp);
            }
        };
    }

    /** This class and {@code other}. */
    CharClass and(CharClass other) {
        CharClass a = this;
        return new CharClass() {
            boolean is(int cp) {
                return a.is(cp) && other.is(cp);
            }
        };
    }

    /** Every code point not in this class. */
    CharClass negate() {
        CharClass a = this;
        return new CharClass() {
            boolean is(int cp) {
                return !a.is(cp);
            }
        };
    }

    /** Nothing: the identity of {@link #union}. */
    static CharClass none() {
        return new CharClass() {
            boolean is(int cp) {
                return false;
            }
        };
    }

    /** The inclusive range {@code [lo, hi]}, case-folded when {@code flags} ask for it. */
    static CharClass range(int lo, int hi, int flags) {
        if ((flags & Pattern.CASE_INSENSITIVE) == 0) {
            return new CharClass() {
                boolean is(int cp) {
                    return cp >= lo && cp <= hi;
                }
            };
        }
        boolean unicode = (flags & Pattern.UNICODE_CASE) != 0;
        return new CharClass() {
            boolean is(int cp) {
                if (cp >= lo && cp <= hi) {
                    return true;
                }
                int u = upper(cp, unicode);
                if (u >= lo && u <= hi) {
                    return true;
                }
                int l = lower(cp, unicode);
                return l >= lo && l <= hi;
            }
        };
    }

    /** The single code point {@code c}, case-folded when {@code flags} ask for it. */
    static CharClass single(int c, int flags) {
        if ((flags & Pattern.CASE_INSENSITIVE) == 0) {
            return new CharClass() {
                boolean is(int cp) {
                    return cp == c;
                }
            };
        }
        boolean unicode = (flags & Pattern.UNICODE_CASE) != 0;
        return new CharClass() {
            boolean is(int cp) {
                return sameIgnoringCase(cp, c, unicode);
            }
        };
    }

    /**
     * A property class made case-insensitive as Java 17 does for {@code \p{Lower}} and friends: a code point
     * belongs if it or one of its case variants does.
     */
    CharClass caseFolded(int flags) {
        if ((flags & Pattern.CASE_INSENSITIVE) == 0) {
            return this;
        }
        CharClass a = this;
        boolean unicode = (flags & Pattern.UNICODE_CASE) != 0;
        return new CharClass() {
            boolean is(int cp) {
                return a.is(cp) || a.is(upper(cp, unicode)) || a.is(lower(cp, unicode));
            }
        };
    }

    /** Whether two code points are equal ignoring case: ASCII letters only unless {@code unicode}. */
    static boolean sameIgnoringCase(int a, int b, boolean unicode) {
        if (a == b) {
            return true;
        }
        if (!unicode) {
            return a < 128 && b < 128 && lower(a, false) == lower(b, false);
        }
        return Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b);
    }

    static int upper(int cp, boolean unicode) {
        if (unicode) {
            return Character.toUpperCase(cp);
        }
        return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    }

    static int lower(int cp, boolean unicode) {
        if (unicode) {
            return Character.toLowerCase(cp);
        }
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    }

    // ---------------------------------------------------------------- predefined classes

    /** A class defined by a test on the code point; {@code kind} is one of the names below. */
    private static final class Named extends CharClass {
        private final int kind;

        Named(int kind) {
            this.kind = kind;
        }

        boolean is(int c) {
            switch (kind) {
                case DIGIT: return c >= '0' && c <= '9';
                case SPACE: return c == ' ' || (c >= '\t' && c <= '\r');
                case WORD: return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                case HSPACE: return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || c == 0x180E
                        || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
                case VSPACE: return (c >= '\n' && c <= '\r') || c == 0x85 || c == 0x2028 || c == 0x2029;
                case LOWER: return c >= 'a' && c <= 'z';
                case UPPER: return c >= 'A' && c <= 'Z';
                case ASCII: return c >= 0 && c < 128;
                case ALPHA: return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                case ALNUM: return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                case PUNCT: return c < 128 && PUNCTUATION.indexOf(c) >= 0;
                case GRAPH: return c > 32 && c < 127;
                case PRINT: return c >= 32 && c < 127;
                case BLANK: return c == ' ' || c == '\t';
                case CNTRL: return (c >= 0 && c < 32) || c == 127;
                case XDIGIT: return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                case ALL: return true;
                case LATIN1: return c >= 0 && c < 256;
                case J_LOWER: return Character.isLowerCase(c);
                case J_UPPER: return Character.isUpperCase(c);
                case J_TITLE: return Character.isTitleCase(c);
                case J_WHITESPACE: return Character.isWhitespace(c);
                case J_MIRRORED: return Character.isMirrored(c);
                case J_LETTER: return Character.isLetter(c);
                case J_DIGIT: return Character.isDigit(c);
                case J_LETTER_OR_DIGIT: return Character.isLetterOrDigit(c);
                case J_ALPHABETIC: return Character.isAlphabetic(c);
                case J_IGNORABLE: return Character.isIdentifierIgnorable(c);
                case J_SPACE_CHAR: return Character.isSpaceChar(c);
                case J_ISO_CONTROL: return Character.isISOControl(c);
                case J_ID_START: return Character.isJavaIdentifierStart(c);
                case J_ID_PART: return Character.isJavaIdentifierPart(c);
                case J_UID_START: return Character.isUnicodeIdentifierStart(c);
                case J_UID_PART: return Character.isUnicodeIdentifierPart(c);
                case J_DEFINED: return Character.isDefined(c);
                default: return false;
            }
        }
    }

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    static final int DIGIT = 1;
    static final int SPACE = 2;
    static final int WORD = 3;
    static final int HSPACE = 4;
    static final int VSPACE = 5;
    static final int LOWER = 6;
    static final int UPPER = 7;
    static final int ASCII = 8;
    static final int ALPHA = 9;
    static final int ALNUM = 10;
    static final int PUNCT = 11;
    static final int GRAPH = 12;
    static final int PRINT = 13;
    static final int BLANK = 14;
    static final int CNTRL = 15;
    static final int XDIGIT = 16;
    static final int ALL = 17;
    static final int LATIN1 = 18;
    static final int J_LOWER = 20;
    static final int J_UPPER = 21;
    static final int J_TITLE = 22;
    static final int J_WHITESPACE = 23;
    static final int J_MIRRORED = 24;
    static final int J_LETTER = 25;
    static final int J_DIGIT = 26;
    static final int J_LETTER_OR_DIGIT = 27;
    static final int J_ALPHABETIC = 28;
    static final int J_IGNORABLE = 29;
    static final int J_SPACE_CHAR = 30;
    static final int J_ISO_CONTROL = 31;
    static final int J_ID_START = 32;
    static final int J_ID_PART = 33;
    static final int J_UID_START = 34;
    static final int J_UID_PART = 35;
    static final int J_DEFINED = 36;

    /** One of the predefined classes above. */
    static CharClass named(int kind) {
        return new Named(kind);
    }

    /** Code points whose general category (as {@link Character#getType(int)} numbers them) is in {@code mask}. */
    static CharClass categories(int mask) {
        return new CharClass() {
            boolean is(int cp) {
                return (mask & (1 << Character.getType(cp))) != 0;
            }
        };
    }

    /** The class {@code \p{name}} names, or null if Java knows no such property. */
    static CharClass property(String name) {
        String n = name;
        if (n.startsWith("Is")) {
            CharClass binary = binaryProperty(n.substring(2));
            if (binary != null) {
                return binary;
            }
            n = n.substring(2);
        } else if (n.startsWith("general_category=") || n.startsWith("gc=")) {
            n = n.substring(n.indexOf('=') + 1);
            int mask = categoryMask(n);
            return mask == 0 ? null : categories(mask);
        } else if (n.startsWith("In")) {
            return block(n.substring(2));
        }
        int kind = posix(n);
        if (kind != 0 && !name.startsWith("Is")) {
            return named(kind);
        }
        int mask = categoryMask(n);
        if (mask != 0) {
            return categories(mask);
        }
        if (n.equals("L1")) {
            return named(LATIN1);
        }
        if (name.startsWith("java")) {
            int j = javaProperty(name.substring(4));
            return j == 0 ? null : named(j);
        }
        return null;
    }

    private static int posix(String n) {
        switch (n) {
            case "Lower": return LOWER;
            case "Upper": return UPPER;
            case "ASCII": return ASCII;
            case "Alpha": return ALPHA;
            case "Digit": return DIGIT;
            case "Alnum": return ALNUM;
            case "Punct": return PUNCT;
            case "Graph": return GRAPH;
            case "Print": return PRINT;
            case "Blank": return BLANK;
            case "Cntrl": return CNTRL;
            case "XDigit": return XDIGIT;
            case "Space": return SPACE;
            case "all": return ALL;
            default: return 0;
        }
    }

    private static int javaProperty(String n) {
        switch (n) {
            case "LowerCase": return J_LOWER;
            case "UpperCase": return J_UPPER;
            case "TitleCase": return J_TITLE;
            case "Whitespace": return J_WHITESPACE;
            case "Mirrored": return J_MIRRORED;
            case "Letter": return J_LETTER;
            case "Digit": return J_DIGIT;
            case "LetterOrDigit": return J_LETTER_OR_DIGIT;
            case "Alphabetic": return J_ALPHABETIC;
            case "IdentifierIgnorable": return J_IGNORABLE;
            case "SpaceChar": return J_SPACE_CHAR;
            case "ISOControl": return J_ISO_CONTROL;
            case "JavaIdentifierStart": return J_ID_START;
            case "JavaIdentifierPart": return J_ID_PART;
            case "UnicodeIdentifierStart": return J_UID_START;
            case "UnicodeIdentifierPart": return J_UID_PART;
            case "Defined": return J_DEFINED;
            default: return 0;
        }
    }

    /** Unicode binary properties ({@code \p{IsAlphabetic}}), matched case-insensitively as Java does. */
    private static CharClass binaryProperty(String n) {
        switch (n.toUpperCase().replace("_", "").replace(" ", "")) {
            case "ALPHABETIC": return named(J_ALPHABETIC);
            case "LETTER": return named(J_LETTER);
            case "LOWERCASE": return named(J_LOWER);
            case "UPPERCASE": return named(J_UPPER);
            case "TITLECASE": return named(J_TITLE);
            case "DIGIT": return named(J_DIGIT);
            case "WHITESPACE": return categories(CAT_Z).union(range(0x09, 0x0D, 0)).union(range(0x85, 0x85, 0));
            case "PUNCTUATION": return categories(CAT_P);
            case "CONTROL": return categories(1 << 15);
            case "HEXDIGIT": return named(XDIGIT).union(range(0xFF10, 0xFF19, 0)).union(range(0xFF21, 0xFF26, 0))
                    .union(range(0xFF41, 0xFF46, 0));
            case "ASSIGNED": return categories(1).negate();
            case "JOINCONTROL": return range(0x200C, 0x200D, 0);
            default: return null;
        }
    }

    /** The few Unicode blocks worth naming without Character.UnicodeBlock. */
    private static CharClass block(String n) {
        switch (n.toUpperCase().replace("_", "").replace(" ", "").replace("-", "")) {
            case "BASICLATIN": return range(0, 0x7F, 0);
            case "LATIN1SUPPLEMENT": return range(0x80, 0xFF, 0);
            case "LATINEXTENDEDA": return range(0x100, 0x17F, 0);
            case "LATINEXTENDEDB": return range(0x180, 0x24F, 0);
            case "GREEK":
            case "GREEKANDCOPTIC": return range(0x370, 0x3FF, 0);
            case "CYRILLIC": return range(0x400, 0x4FF, 0);
            case "GENERALPUNCTUATION": return range(0x2000, 0x206F, 0);
            default: return null;
        }
    }

    private static final int CAT_L = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5);
    private static final int CAT_M = (1 << 6) | (1 << 7) | (1 << 8);
    private static final int CAT_N = (1 << 9) | (1 << 10) | (1 << 11);
    private static final int CAT_Z = (1 << 12) | (1 << 13) | (1 << 14);
    private static final int CAT_C = (1 << 15) | (1 << 16) | (1 << 18) | (1 << 19) | 1;
    private static final int CAT_P = (1 << 20) | (1 << 21) | (1 << 22) | (1 << 23) | (1 << 24) | (1 << 29) | (1 << 30);
    private static final int CAT_S = (1 << 25) | (1 << 26) | (1 << 27) | (1 << 28);

    /** The general categories (bit per Character.getType value) a category name such as {@code Lu} or {@code L} covers. */
    private static int categoryMask(String n) {
        switch (n) {
            case "L": return CAT_L;
            case "Lu": return 1 << 1;
            case "Ll": return 1 << 2;
            case "Lt": return 1 << 3;
            case "Lm": return 1 << 4;
            case "Lo": return 1 << 5;
            case "LC": return (1 << 1) | (1 << 2) | (1 << 3);
            case "LD": return CAT_L | (1 << 9);
            case "M": return CAT_M;
            case "Mn": return 1 << 6;
            case "Me": return 1 << 7;
            case "Mc": return 1 << 8;
            case "N": return CAT_N;
            case "Nd": return 1 << 9;
            case "Nl": return 1 << 10;
            case "No": return 1 << 11;
            case "Z": return CAT_Z;
            case "Zs": return 1 << 12;
            case "Zl": return 1 << 13;
            case "Zp": return 1 << 14;
            case "C": return CAT_C;
            case "Cc": return 1 << 15;
            case "Cf": return 1 << 16;
            case "Co": return 1 << 18;
            case "Cs": return 1 << 19;
            case "Cn": return 1;
            case "P": return CAT_P;
            case "Pd": return 1 << 20;
            case "Ps": return 1 << 21;
            case "Pe": return 1 << 22;
            case "Pc": return 1 << 23;
            case "Po": return 1 << 24;
            case "Pi": return 1 << 29;
            case "Pf": return 1 << 30;
            case "S": return CAT_S;
            case "Sm": return 1 << 25;
            case "Sc": return 1 << 26;
            case "Sk": return 1 << 27;
            case "So": return 1 << 28;
            default: return 0;
        }
    }
}
