package java.util;

/** Thrown by {@link Scanner} when the next token does not match the requested type. */
public class InputMismatchException extends NoSuchElementException {
    /** An exception with no detail message. */
    public InputMismatchException() {
    }

    /** An exception with a detail message. */
    public InputMismatchException(String s) {
        super(s);
    }
}
