package java.lang;

/** new was used on an abstract class or an interface. */
public class InstantiationError extends IncompatibleClassChangeError {
    /** With no detail message. */
    public InstantiationError() {
        super();
    }

    /** With the detail message {@code message}. */
    public InstantiationError(String message) {
        super(message);
    }
}
