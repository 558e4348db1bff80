package java.lang;

/** The definition of a class could not be found or its initialization failed before. */
public class NoClassDefFoundError extends LinkageError {
    /** With no detail message. */
    public NoClassDefFoundError() {
        super();
    }

    /** With the detail message {@code message}. */
    public NoClassDefFoundError(String message) {
        super(message);
    }
}
