package java.lang;

/** A serious problem a reasonable program should not try to catch. */
public class Error extends Throwable {
    /** With no detail message. */
    public Error() {
        super();
    }

    /** With the detail message {@code message}. */
    public Error(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public Error(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public Error(Throwable cause) {
        super(cause);
    }

    /** With full control over suppression and the stack trace's writability. */
    protected Error(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
