package java.util;

/** A specifier without a matching argument; message {@code Format specifier '%s'}. */
public class MissingFormatArgumentException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final String s;

    /** A new exception for the given detail. */
    public MissingFormatArgumentException(String s) {
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
        return new StringBuilder().append("Format specifier '").append(s).append('\'').toString();
    }
}
