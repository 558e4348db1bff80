package java.time.temporal;

/**
 * Thrown when a unit or field is not supported by a temporal.
 */
public class UnsupportedTemporalTypeException extends java.time.DateTimeException {
    private static final long serialVersionUID = 1L;

    /** With a message. */
    public UnsupportedTemporalTypeException(String message) {
        super(message);
    }
}
