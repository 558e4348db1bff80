package java.lang;

/** Reflective access to a member the caller may not access. */
public class IllegalAccessException extends ReflectiveOperationException {
    /** With no detail message. */
    public IllegalAccessException() {
        super();
    }

    /** With the detail message {@code message}. */
    public IllegalAccessException(String message) {
        super(message);
    }
}
