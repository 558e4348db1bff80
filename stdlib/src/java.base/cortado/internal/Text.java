package cortado.internal;

/**
 * Text helpers shared by java.lang and java.io (not exported): the three supported charsets (encode and
 * decode), copying, and String.split's path for single literal characters (which needs no regex engine).
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

    // ---------------------------------------------------------------- String.split

    private static final String METACHARACTERS = ".$|()[{^?*+\\";

    /**
     * The character {@code regex} stands for if String.split may skip the regex engine, else -1: a single
     * character that is not a metacharacter, or a backslash and a character that is neither an ASCII letter
     * nor an ASCII digit (so not a class or back-reference). Surrogates always go to the engine.
     */
    private static int fastSplitChar(String regex) {
        char c;
        if (regex.length() == 1 && METACHARACTERS.indexOf(regex.charAt(0)) < 0) {
            c = regex.charAt(0);
        } else if (regex.length() == 2 && regex.charAt(0) == '\\') {
            c = regex.charAt(1);
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return -1;
            }
        } else {
            return -1;
        }
        return Character.isSurrogate(c) ? -1 : c;
    }

    /** String.split: around a single literal character directly, otherwise through Pattern. */
    public static String[] split(String s, String regex, int limit) {
        int ch = fastSplitChar(regex);
        if (ch < 0) {
            return java.util.regex.Pattern.compile(regex).split(s, limit);
        }
        int len = s.length();
        String[] parts = new String[8];
        int count = 0;
        int from = 0;
        int at;
        // Same rules as Pattern.split: at most limit - 1 cuts when limit > 0.
        while ((limit <= 0 || count < limit - 1) && (at = s.indexOf(ch, from)) >= 0) {
            if (count == parts.length) {
                String[] grown = new String[count * 2];
                System.arraycopy(parts, 0, grown, 0, count);
                parts = grown;
            }
            parts[count++] = s.substring(from, at);
            from = at + 1;
        }
        if (count == 0) {
            return new String[] {s};
        }
        return splitResult(parts, count, s.substring(from, len), limit);
    }

    /**
     * The array split returns: the first {@code count} of {@code parts}, then {@code rest} (the text after
     * the last cut); with {@code limit} 0, trailing empty strings are dropped. Shared with Pattern.split.
     */
    public static String[] splitResult(String[] parts, int count, String rest, int limit) {
        int n = count + 1;
        while (limit == 0 && n > 0 && (n > count ? rest : parts[n - 1]).isEmpty()) {
            n--;
        }
        String[] result = new String[n];
        System.arraycopy(parts, 0, result, 0, Math.min(n, count));
        if (n > count) {
            result[count] = rest;
        }
        return result;
    }
}
