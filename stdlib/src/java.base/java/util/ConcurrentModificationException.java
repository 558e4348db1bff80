package java.util;

/** A collection was modified while being iterated in a way the iterator does not allow. */
public class ConcurrentModificationException extends RuntimeException {
    /** With no detail message. */
    public ConcurrentModificationException() {
        super();
    }

    /** With the detail message {@code message}. */
    public ConcurrentModificationException(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public ConcurrentModificationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public ConcurrentModificationException(Throwable cause) {
        super(cause);
    }
}
