package java.lang;

/** The class has no method of the given name and parameters. */
public class NoSuchMethodException extends ReflectiveOperationException {
    /** With no detail message. */
    public NoSuchMethodException() {
        super();
    }

    /** With the detail message {@code message}. */
    public NoSuchMethodException(String message) {
        super(message);
    }
}
