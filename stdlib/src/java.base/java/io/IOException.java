package java.io;

/** An input or output operation failed or was interrupted. */
public class IOException extends Exception {
    /** With no detail message. */
    public IOException() {
        super();
    }

    /** With the detail message {@code message}. */
    public IOException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public IOException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public IOException(Throwable cause) {
        super(cause);
    }
}
