package java.lang;

/** Access to a field or method the caller may not access. */
public class IllegalAccessError extends IncompatibleClassChangeError {
    /** With no detail message. */
    public IllegalAccessError() {
        super();
    }

    /** With the detail message {@code message}. */
    public IllegalAccessError(String message) {
        super(message);
    }
}
