package java.util.concurrent;

/** Thrown by an executor that cannot accept a task (shut down, or saturated). */
public class RejectedExecutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Without message or cause. */
    public RejectedExecutionException() {
    }

    /** With a message. */
    public RejectedExecutionException(String message) {
        super(message);
    }

    /** With a message and a cause. */
    public RejectedExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause. */
    public RejectedExecutionException(Throwable cause) {
        super(cause);
    }
}
