package java.nio.charset;

/**
 * A named character encoding. Cortado supports UTF-8, ISO-8859-1 and US-ASCII (the encoding itself is done by
 * the library's internal text helpers); {@link #forName} knows their usual aliases.
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    /** A charset with a canonical name and aliases. */
    protected Charset(String canonicalName, String[] aliases) {
        this.name = canonicalName;
        this.aliases = aliases == null ? new String[0] : aliases.clone();
    }

    /** The one implementation: a built-in charset. */
    private static final class Builtin extends Charset {
        Builtin(String name, String[] aliases) {
            super(name, aliases);
        }
    }

    static final Charset UTF_8 = new Builtin("UTF-8", new String[] {"UTF8", "unicode-1-1-utf-8"});
    static final Charset ISO_8859_1 = new Builtin("ISO-8859-1", new String[] {"ISO8859_1", "latin1", "l1", "8859_1",
        "ISO_8859-1", "ISO8859-1", "cp819", "IBM819", "819", "csISOLatin1", "ISO_8859_1"});
    static final Charset US_ASCII = new Builtin("US-ASCII", new String[] {"ASCII", "ANSI_X3.4-1968", "ANSI_X3.4-1986",
        "ISO646-US", "iso-ir-6", "us", "IBM367", "cp367", "646", "csASCII", "default", "ascii7"});

    /** The canonical name. */
    public final String name() {
        return name;
    }

    /** The canonical name. */
    public String displayName() {
        return name;
    }

    /** Whether this charset is registered with IANA: the built-in ones are. */
    public final boolean isRegistered() {
        return true;
    }

    /** Whether {@code alias} names this charset. */
    boolean isNamed(String alias) {
        if (name.equalsIgnoreCase(alias)) {
            return true;
        }
        for (String a : aliases) {
            if (a.equalsIgnoreCase(alias)) {
                return true;
            }
        }
        return false;
    }

    /** The charset named {@code charsetName}; UnsupportedCharsetException if it is not supported. */
    public static Charset forName(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        Charset[] all = {UTF_8, ISO_8859_1, US_ASCII};
        for (Charset c : all) {
            if (c.isNamed(charsetName)) {
                return c;
            }
        }
        throw new UnsupportedCharsetException(charsetName);
    }

    /** Whether {@code charsetName} is supported. */
    public static boolean isSupported(String charsetName) {
        try {
            forName(charsetName);
            return true;
        } catch (UnsupportedCharsetException e) {
            return false;
        }
    }

    /** The default charset: the one {@code file.encoding} names, UTF-8 if none. */
    public static Charset defaultCharset() {
        String enc = System.getProperty("file.encoding");
        if (enc != null && isSupported(enc)) {
            return forName(enc);
        }
        return UTF_8;
    }

    /** Order by canonical name, ignoring case. */
    @Override
    public final int compareTo(Charset that) {
        return name.compareToIgnoreCase(that.name);
    }

    /** Equal when the canonical names are. */
    @Override
    public final boolean equals(Object ob) {
        return ob instanceof Charset && name.equals(((Charset) ob).name);
    }

    @Override
    public final int hashCode() {
        return name.hashCode();
    }

    /** The canonical name. */
    @Override
    public final String toString() {
        return name;
    }
}
