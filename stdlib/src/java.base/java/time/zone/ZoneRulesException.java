package java.time.zone;

/** Thrown when a time-zone ID has no rules (an unknown region). */
public class ZoneRulesException extends java.time.DateTimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    public ZoneRulesException(String message) {
        super(message);
    }

    /** An exception with {@code message} and {@code cause}. */
    public ZoneRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
