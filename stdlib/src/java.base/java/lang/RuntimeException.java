package java.lang;

/** An unchecked exception: one that methods need not declare. */
public class RuntimeException extends Exception {
    /** With no detail message. */
    public RuntimeException() {
        super();
    }

    /** With the detail message {@code message}. */
    public RuntimeException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public RuntimeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public RuntimeException(Throwable cause) {
        super(cause);
    }

    /** With full control over suppression and the stack trace's writability. */
    protected RuntimeException(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
