package java.lang;

/** The requested operation is not supported. */
public class UnsupportedOperationException extends RuntimeException {
    /** With no detail message. */
    public UnsupportedOperationException() {
        super();
    }

    /** With the detail message {@code message}. */
    public UnsupportedOperationException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public UnsupportedOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public UnsupportedOperationException(Throwable cause) {
        super(cause);
    }
}
