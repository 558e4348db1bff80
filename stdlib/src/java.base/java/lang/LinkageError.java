package java.lang;

/** A class depends on another class that changed incompatibly after it was compiled. */
public class LinkageError extends Error {
    /** With no detail message. */
    public LinkageError() {
        super();
    }

    /** With the detail message {@code message}. */
    public LinkageError(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public LinkageError(String message, Throwable cause) {
        super(message, cause);
    }
}
