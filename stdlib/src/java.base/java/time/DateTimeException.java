package java.time;

/**
 * Thrown when a date or time cannot be created, computed or parsed.
 */
public class DateTimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message. */
    public DateTimeException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public DateTimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
