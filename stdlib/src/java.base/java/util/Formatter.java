package java.util;

/** PLACEHOLDER (by the java.lang core work) so the module compiles until the real Formatter lands: throws. */
public final class Formatter {
    /** A formatter writing to a new StringBuilder. */
    public Formatter() {
    }

    /** Placeholder: throws. */
    public Formatter format(String format, Object... args) {
        throw new UnsupportedOperationException("Formatter placeholder: " + format);
    }
}
