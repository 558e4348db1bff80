package java.io;

/** The end of a file or stream was reached unexpectedly. */
public class EOFException extends IOException {
    /** With no detail message. */
    public EOFException() {
        super();
    }

    /** With the detail message {@code message}. */
    public EOFException(String message) {
        super(message);
    }
}
