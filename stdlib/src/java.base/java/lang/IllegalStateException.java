package java.lang;

/** A method was invoked at an illegal or inappropriate time. */
public class IllegalStateException extends RuntimeException {
    /** With no detail message. */
    public IllegalStateException() {
        super();
    }

    /** With the detail message {@code message}. */
    public IllegalStateException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public IllegalStateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public IllegalStateException(Throwable cause) {
        super(cause);
    }
}
