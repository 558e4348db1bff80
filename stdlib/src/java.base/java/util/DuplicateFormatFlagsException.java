package java.util;

/** A flag given twice; message {@code Flags = '-'}. */
public class DuplicateFormatFlagsException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final String flags;

    /** A new exception for the given detail. */
    public DuplicateFormatFlagsException(String f) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.flags = f;
    }

    /** The flags. */
    public String getFlags() {
        return flags;
    }

    @Override
    public String getMessage() {
        return new StringBuilder().append("Flags = '").append(flags).append('\'').toString();
    }
}
