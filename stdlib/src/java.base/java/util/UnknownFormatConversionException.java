package java.util;

/** An unknown conversion character; message {@code Conversion = 'q'}. */
public class UnknownFormatConversionException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final String s;

    /** A new exception for the given detail. */
    public UnknownFormatConversionException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    /** The unknown conversion. */
    public String getConversion() {
        return s;
    }

    @Override
    public String getMessage() {
        return new StringBuilder().append("Conversion = '").append(s).append('\'').toString();
    }
}
