package java.lang;

/** A security violation. */
public class SecurityException extends RuntimeException {
    /** With no detail message. */
    public SecurityException() {
        super();
    }

    /** With the detail message {@code message}. */
    public SecurityException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public SecurityException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public SecurityException(Throwable cause) {
        super(cause);
    }
}
