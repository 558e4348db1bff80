package cortado.internal;

/**
 * Text helpers shared by java.lang and java.io (not exported): the three supported charsets (encode and
 * decode), copying, and the regular-expression-free paths of String.split/replaceAll/matches.
 */
public final class Text {
    /** UTF-8. */
    public static final int UTF_8 = 0;
    /** ISO-8859-1. */
    public static final int ISO_8859_1 = 1;
    /** US-ASCII. */
    public static final int US_ASCII = 2;

    private static int defaultId = -1;

    private Text() {
    }

    /** A copy of {@code count} chars of {@code src} from {@code offset}. */
    public static char[] copy(char[] src, int offset, int count) {
        char[] r = new char[count];
        System.arraycopy(src, offset, r, 0, count);
        return r;
    }

    /** The id of the charset named {@code name} (canonical name or alias), or -1 if unsupported. */
    public static int charsetId(String name) {
        String n = name.toUpperCase().replace('_', '-');
        switch (n) {
            case "UTF-8":
            case "UTF8":
                return UTF_8;
            case "ISO-8859-1":
            case "ISO8859-1":
            case "LATIN1":
            case "L1":
            case "8859-1":
            case "CP819":
            case "IBM819":
                return ISO_8859_1;
            case "US-ASCII":
            case "ASCII":
            case "ANSI-X3.4-1968":
            case "ANSI-X3.4-1986":
            case "ISO646-US":
            case "646":
            case "US":
            case "DEFAULT":
                return US_ASCII;
            default:
                return -1;
        }
    }

    /** The id of the default charset: what {@code file.encoding} names, UTF-8 if unset or unsupported. */
    public static int defaultCharsetId() {
        int id = defaultId;
        if (id < 0) {
            String enc = System.out == null ? null : System.getProperty("file.encoding");
            id = enc == null ? UTF_8 : charsetId(enc);
            if (id < 0) {
                id = UTF_8;
            }
            if (enc != null) {
                defaultId = id;
            }
        }
        return id;
    }

    /** {@code s} encoded in charset {@code id}. */
    public static byte[] encodeString(String s, int id) {
        char[] chars = s.toCharArray();
        return encode(chars, 0, chars.length, id);
    }

    /** {@code chars[off, off+len)} encoded in charset {@code id}; what cannot be encoded becomes {@code ?}. */
    public static byte[] encode(char[] chars, int off, int len, int id) {
        if (id != UTF_8) {
            int limit = id == ISO_8859_1 ? 0xFF : 0x7F;
            byte[] out = new byte[len];
            int n = 0;
            for (int i = off; i < off + len; i++) {
                char c = chars[i];
                if (Character.isHighSurrogate(c) && i + 1 < off + len && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                }
                out[n++] = c <= limit ? (byte) c : (byte) '?';
            }
            if (n == len) {
                return out;
            }
            byte[] trimmed = new byte[n];
            System.arraycopy(out, 0, trimmed, 0, n);
            return trimmed;
        }
        int size = 0;
        for (int i = off; i < off + len; i++) {
            char c = chars[i];
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < off + len && Character.isLowSurrogate(chars[i + 1])) {
                size += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                size++;
            } else {
                size += 3;
            }
        }
        byte[] out = new byte[size];
        int n = 0;
        for (int i = off; i < off + len; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < off + len && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[n++] = (byte) (0xF0 | (cp >> 18));
                out[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                out[n++] = (byte) '?';
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    /** {@code bytes[off, off+len)} decoded from charset {@code id}; malformed input becomes U+FFFD. */
    public static char[] decode(byte[] bytes, int off, int len, int id) {
        char[] out = new char[len];
        int n = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            int b = bytes[i++] & 0xff;
            if (b < 0x80 || id == ISO_8859_1) {
                out[n++] = (char) b;
                continue;
            }
            if (id == US_ASCII) {
                out[n++] = '\uFFFD';
                continue;
            }
            int need;
            int cp;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                cp = b & 0x0F;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                cp = b & 0x07;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                out[n++] = '\uFFFD';
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < need; k++) {
                int next = i < end ? bytes[i] & 0xff : -1;
                int min = k == 0 ? lo : 0x80;
                int max = k == 0 ? hi : 0xBF;
                if (next < min || next > max) {
                    ok = false;
                    break;
                }
                i++;
                cp = (cp << 6) | (next & 0x3F);
            }
            if (!ok) {
                out[n++] = '\uFFFD';
            } else if (cp >= 0x10000) {
                if (n + 2 > out.length) {
                    char[] grown = new char[out.length + 2];
                    System.arraycopy(out, 0, grown, 0, n);
                    out = grown;
                }
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
        }
        return n == out.length ? out : copy(out, 0, n);
    }

    // ---------------------------------------------------------------- regex-free patterns

    private static final String METACHARACTERS = ".$|()[{^?*+\\";

    /** {@code regex} as a literal string if it has no metacharacters (escaped ones count as literal). */
    private static String asLiteral(String regex) {
        StringBuilder sb = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    return null;
                }
                char next = regex.charAt(++i);
                if (Character.isLetterOrDigit(next)) {
                    return null;
                }
                sb.append(next);
            } else if (METACHARACTERS.indexOf(c) >= 0) {
                return null;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code regex} as a literal, or UnsupportedOperationException naming the operation and the pattern. */
    public static String literalPattern(String regex, String operation) {
        String literal = asLiteral(regex);
        if (literal == null) {
            throw new UnsupportedOperationException("String." + operation + ": regular expressions are not supported yet: " + regex);
        }
        return literal;
    }

    /** A replacement string with its {@code \} escapes resolved; group references are not supported. */
    public static String literalReplacement(String replacement) {
        StringBuilder sb = new StringBuilder(replacement.length());
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= replacement.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                sb.append(replacement.charAt(i));
            } else if (c == '$') {
                throw new UnsupportedOperationException("group references in replacements are not supported yet: " + replacement);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A class of characters matched by one atom of a simple pattern. */
    private static boolean atomMatches(char kind, char literal, char c) {
        switch (kind) {
            case 's':
                return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            case 'd':
                return c >= '0' && c <= '9';
            case 'w':
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            default:
                return c == literal;
        }
    }

    /**
     * The simple patterns split accepts besides literals: one atom ({@code \s}, {@code \d}, {@code \w}, a
     * literal or escaped character) optionally followed by {@code +}. Returns {kind, literal, plus} or null.
     */
    private static char[] simpleAtom(String regex) {
        int n = regex.length();
        char kind = 0;
        char literal = 0;
        int i;
        if (n >= 2 && regex.charAt(0) == '\\') {
            char e = regex.charAt(1);
            if (e == 's' || e == 'd' || e == 'w') {
                kind = e;
            } else if (!Character.isLetterOrDigit(e)) {
                literal = e;
            } else {
                return null;
            }
            i = 2;
        } else if (n >= 1 && METACHARACTERS.indexOf(regex.charAt(0)) < 0) {
            literal = regex.charAt(0);
            i = 1;
        } else {
            return null;
        }
        if (i == n) {
            return new char[] {kind, literal, 0};
        }
        if (i == n - 1 && regex.charAt(i) == '+') {
            return new char[] {kind, literal, 1};
        }
        return null;
    }

    /** String.split for literal patterns and the simple forms of {@link #simpleAtom}. */
    public static String[] split(String s, String regex, int limit) {
        String literal = asLiteral(regex);
        char[] atom = literal == null ? simpleAtom(regex) : null;
        if (literal == null && atom == null) {
            throw new UnsupportedOperationException("String.split: regular expressions are not supported yet: " + regex);
        }
        if (literal != null && literal.isEmpty()) {
            // An empty pattern matches between every character.
            atom = null;
        }
        int len = s.length();
        String[] parts = new String[8];
        int count = 0;
        int from = 0;
        int searchFrom = 0;
        boolean limited = limit > 0;
        while (!limited || count < limit - 1) {
            int at;
            int end;
            if (literal != null && literal.isEmpty()) {
                at = searchFrom < len ? searchFrom + 1 : -1;
                if (at > len - 0 || at < 0 || at >= len + 1 || searchFrom >= len) {
                    at = -1;
                }
                end = at;
            } else if (literal != null) {
                at = s.indexOf(literal, searchFrom);
                end = at + literal.length();
            } else {
                at = -1;
                end = -1;
                for (int i = searchFrom; i < len; i++) {
                    if (atomMatches(atom[0], atom[1], s.charAt(i))) {
                        at = i;
                        end = i + 1;
                        if (atom[2] == 1) {
                            while (end < len && atomMatches(atom[0], atom[1], s.charAt(end))) {
                                end++;
                            }
                        }
                        break;
                    }
                }
            }
            if (at < 0 || at >= len && literal != null && literal.isEmpty()) {
                break;
            }
            if (count == parts.length) {
                String[] grown = new String[count * 2];
                System.arraycopy(parts, 0, grown, 0, count);
                parts = grown;
            }
            parts[count++] = s.substring(from, at);
            from = end;
            searchFrom = end;
        }
        if (count == 0) {
            return new String[] {s};
        }
        if (count == parts.length) {
            String[] grown = new String[count + 1];
            System.arraycopy(parts, 0, grown, 0, count);
            parts = grown;
        }
        parts[count++] = s.substring(from);
        if (limit == 0) {
            while (count > 0 && parts[count - 1].isEmpty()) {
                count--;
            }
        }
        String[] result = new String[count];
        System.arraycopy(parts, 0, result, 0, count);
        return result;
    }
}
