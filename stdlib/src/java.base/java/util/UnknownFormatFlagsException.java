package java.util;

/** An unknown flag; message {@code Flags = x}. */
public class UnknownFormatFlagsException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final String flags;

    /** A new exception for the given detail. */
    public UnknownFormatFlagsException(String f) {
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
        return new StringBuilder().append("Flags = ").append(flags).toString();
    }
}
