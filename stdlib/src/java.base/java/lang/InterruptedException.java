package java.lang;

/** A thread was interrupted while waiting, sleeping or otherwise occupied. */
public class InterruptedException extends Exception {
    /** With no detail message. */
    public InterruptedException() {
        super();
    }

    /** With the detail message {@code message}. */
    public InterruptedException(String message) {
        super(message);
    }
}
