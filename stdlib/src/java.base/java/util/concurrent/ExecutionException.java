package java.util.concurrent;

/**
 * Thrown when retrieving the result of a task that ended by throwing; the cause is the task's exception.
 */
public class ExecutionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Without message or cause. */
    protected ExecutionException() {
    }

    /** With a message. */
    protected ExecutionException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public ExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause (the message is the cause's string). */
    public ExecutionException(Throwable cause) {
        super(cause);
    }
}
