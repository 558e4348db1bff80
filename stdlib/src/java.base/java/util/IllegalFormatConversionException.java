package java.util;

/** An argument of the wrong type for its conversion; message {@code d != java.lang.String}. */
public class IllegalFormatConversionException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final char c;
    private final Class<?> arg;

    /** A new exception for the given detail. */
    public IllegalFormatConversionException(char c, Class<?> arg) {
        if (arg == null) {
            throw new NullPointerException();
        }
        this.c = c;
        this.arg = arg;
    }

    /** The conversion. */
    public char getConversion() {
        return c;
    }

    /** The class of the argument. */
    public Class<?> getArgumentClass() {
        return arg;
    }

    @Override
    public String getMessage() {
        return new StringBuilder().append(c).append(" != ").append(arg.getName()).toString();
    }
}
