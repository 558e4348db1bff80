package java.lang;

/** The common superclass of exceptions thrown by reflective operations. */
public class ReflectiveOperationException extends Exception {
    /** With no detail message. */
    public ReflectiveOperationException() {
        super();
    }

    /** With the detail message {@code message}. */
    public ReflectiveOperationException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public ReflectiveOperationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public ReflectiveOperationException(Throwable cause) {
        super(cause);
    }
}
