package java.lang;

/** A condition a reasonable program might want to catch; checked unless it is a RuntimeException. */
public class Exception extends Throwable {
    /** With no detail message. */
    public Exception() {
        super();
    }

    /** With the detail message {@code message}. */
    public Exception(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public Exception(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public Exception(Throwable cause) {
        super(cause);
    }

    /** With full control over suppression and the stack trace's writability. */
    protected Exception(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
