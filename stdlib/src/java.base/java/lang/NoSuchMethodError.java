package java.lang;

/** A method named by a class no longer exists. */
public class NoSuchMethodError extends IncompatibleClassChangeError {
    /** With no detail message. */
    public NoSuchMethodError() {
        super();
    }

    /** With the detail message {@code message}. */
    public NoSuchMethodError(String message) {
        super(message);
    }
}
