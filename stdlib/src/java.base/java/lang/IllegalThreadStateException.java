package java.lang;

/** A thread is not in the state the requested operation needs. */
public class IllegalThreadStateException extends IllegalArgumentException {
    /** With no detail message. */
    public IllegalThreadStateException() {
        super();
    }

    /** With the detail message {@code message}. */
    public IllegalThreadStateException(String message) {
        super(message);
    }
}
