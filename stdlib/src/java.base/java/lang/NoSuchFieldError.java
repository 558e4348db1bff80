package java.lang;

/** A field named by a class no longer exists. */
public class NoSuchFieldError extends IncompatibleClassChangeError {
    /** With no detail message. */
    public NoSuchFieldError() {
        super();
    }

    /** With the detail message {@code message}. */
    public NoSuchFieldError(String message) {
        super(message);
    }
}
