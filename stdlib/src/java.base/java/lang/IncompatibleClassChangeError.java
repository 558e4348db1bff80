package java.lang;

/** An incompatible class change was found at link time. */
public class IncompatibleClassChangeError extends LinkageError {
    /** With no detail message. */
    public IncompatibleClassChangeError() {
        super();
    }

    /** With the detail message {@code message}. */
    public IncompatibleClassChangeError(String message) {
        super(message);
    }
}
