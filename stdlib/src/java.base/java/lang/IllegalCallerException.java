package java.lang;

/** A method was called by an inappropriate caller. */
public class IllegalCallerException extends RuntimeException {
    /** With no detail message. */
    public IllegalCallerException() {
        super();
    }

    /** With the detail message {@code message}. */
    public IllegalCallerException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public IllegalCallerException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public IllegalCallerException(Throwable cause) {
        super(cause);
    }
}
