package java.lang;

/** An invokedynamic or dynamic constant failed to find its target or value. */
public class BootstrapMethodError extends LinkageError {
    /** With no detail message. */
    public BootstrapMethodError() {
        super();
    }

    /** With the detail message {@code message}. */
    public BootstrapMethodError(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public BootstrapMethodError(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public BootstrapMethodError(Throwable cause) {
        super(cause == null ? null : cause.toString(), cause);
    }
}
