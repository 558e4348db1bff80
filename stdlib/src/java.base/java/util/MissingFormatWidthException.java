package java.util;

/** A flag that needs a width given without one; the message is the specifier. */
public class MissingFormatWidthException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final String s;

    /** A new exception for the given detail. */
    public MissingFormatWidthException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    /** The specifier. */
    public String getFormatSpecifier() {
        return s;
    }

    @Override
    public String getMessage() {
        return s;
    }
}
