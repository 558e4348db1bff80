package java.lang;

/** An abstract method was invoked. */
public class AbstractMethodError extends IncompatibleClassChangeError {
    /** With no detail message. */
    public AbstractMethodError() {
        super();
    }

    /** With the detail message {@code message}. */
    public AbstractMethodError(String message) {
        super(message);
    }
}
