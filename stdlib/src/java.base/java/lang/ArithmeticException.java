package java.lang;

/** An exceptional arithmetic condition, such as integer division by zero. */
public class ArithmeticException extends RuntimeException {
    /** With no detail message. */
    public ArithmeticException() {
        super();
    }

    /** With the detail message {@code message}. */
    public ArithmeticException(String message) {
        super(message);
    }
}
