package java.lang;

/** A class named by a string (Class.forName, ClassLoader.loadClass) could not be found. */
public class ClassNotFoundException extends ReflectiveOperationException {
    /** With no detail message. */
    public ClassNotFoundException() {
        super((Throwable) null);
    }

    /** With the detail message {@code message}. */
    public ClassNotFoundException(String message) {
        super(message, null);
    }

    /** With a detail message and the exception raised while loading the class. */
    public ClassNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The exception raised while loading the class (the same as {@link #getCause()}). */
    public Throwable getException() {
        return super.getCause();
    }
}
