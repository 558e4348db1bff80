package java.util.concurrent;

/**
 * Thrown when a blocking operation times out.
 */
public class TimeoutException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Without message. */
    public TimeoutException() {
    }

    /** With a message. */
    public TimeoutException(String message) {
        super(message);
    }
}
