package java.lang;

/** The class has no field of the given name. */
public class NoSuchFieldException extends ReflectiveOperationException {
    /** With no detail message. */
    public NoSuchFieldException() {
        super();
    }

    /** With the detail message {@code message}. */
    public NoSuchFieldException(String message) {
        super(message);
    }
}
