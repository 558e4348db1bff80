package java.util;

/** A precision the conversion does not allow; the message is the precision. */
public class IllegalFormatPrecisionException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final int p;

    /** A new exception for the given detail. */
    public IllegalFormatPrecisionException(int p) {
        this.p = p;
    }

    /** The precision. */
    public int getPrecision() {
        return p;
    }

    @Override
    public String getMessage() {
        return Integer.toString(p);
    }
}
