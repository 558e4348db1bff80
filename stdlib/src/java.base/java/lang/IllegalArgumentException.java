package java.lang;

/** A method was passed an illegal or inappropriate argument. */
public class IllegalArgumentException extends RuntimeException {
    /** With no detail message. */
    public IllegalArgumentException() {
        super();
    }

    /** With the detail message {@code message}. */
    public IllegalArgumentException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public IllegalArgumentException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public IllegalArgumentException(Throwable cause) {
        super(cause);
    }
}
