package java.lang;

/**
 * A static initializer threw an exception. The VM wraps the exception a {@code <clinit>} threw (unless it is
 * already an {@link Error}) with {@link #ExceptionInInitializerError(Throwable)}.
 */
public class ExceptionInInitializerError extends LinkageError {
    /** With no detail message and no cause. */
    public ExceptionInInitializerError() {
        initCause(null);
    }

    /** Wrapping {@code thrown}, which becomes the cause; no detail message. */
    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    /** With the detail message {@code message} and no cause. */
    public ExceptionInInitializerError(String message) {
        super(message, null);
    }

    /** The exception the static initializer threw (the same as {@link #getCause()}). */
    public Throwable getException() {
        return super.getCause();
    }
}
