package java.util;

/** A flag that the conversion does not allow; message {@code Conversion = s, Flags = #}. */
public class FormatFlagsConversionMismatchException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final String f;
    private final char c;

    /** A new exception for the given detail. */
    public FormatFlagsConversionMismatchException(String f, char c) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.f = f;
        this.c = c;
    }

    /** The flag. */
    public String getFlags() {
        return f;
    }

    /** The conversion. */
    public char getConversion() {
        return c;
    }

    @Override
    public String getMessage() {
        return new StringBuilder().append("Conversion = ").append(c).append(", Flags = ").append(f).toString();
    }
}
