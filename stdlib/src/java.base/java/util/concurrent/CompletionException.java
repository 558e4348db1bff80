package java.util.concurrent;

/** Thrown (unchecked) when a completion stage or task ended by throwing; the cause is that exception. */
public class CompletionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Without message or cause. */
    protected CompletionException() {
    }

    /** With a message. */
    protected CompletionException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public CompletionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause (the message is the cause's string). */
    public CompletionException(Throwable cause) {
        super(cause);
    }
}
