package java.io;

/** The named character encoding is not supported. */
public class UnsupportedEncodingException extends IOException {
    /** With no detail message. */
    public UnsupportedEncodingException() {
        super();
    }

    /** With the detail message {@code message}. */
    public UnsupportedEncodingException(String message) {
        super(message);
    }
}
