package java.lang;

/** An attempt to create an array with a negative size. */
public class NegativeArraySizeException extends RuntimeException {
    /** With no detail message. */
    public NegativeArraySizeException() {
        super();
    }

    /** With the detail message {@code message}. */
    public NegativeArraySizeException(String message) {
        super(message);
    }
}
