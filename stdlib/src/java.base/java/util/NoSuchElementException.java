package java.util;

/** The requested element does not exist. */
public class NoSuchElementException extends RuntimeException {
    /** With no detail message. */
    public NoSuchElementException() {
        super();
    }

    /** With the detail message {@code message}. */
    public NoSuchElementException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public NoSuchElementException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public NoSuchElementException(Throwable cause) {
        super(cause);
    }
}
