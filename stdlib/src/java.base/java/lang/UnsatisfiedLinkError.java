package java.lang;

/** No native implementation was found for a native method. */
public class UnsatisfiedLinkError extends LinkageError {
    /** With no detail message. */
    public UnsatisfiedLinkError() {
        super();
    }

    /** With the detail message {@code message}. */
    public UnsatisfiedLinkError(String message) {
        super(message);
    }
}
