package java.util.concurrent;

/** Thrown when retrieving the result of a task that was cancelled. */
public class CancellationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** Without message. */
    public CancellationException() {
    }

    /** With a message. */
    public CancellationException(String message) {
        super(message);
    }
}
