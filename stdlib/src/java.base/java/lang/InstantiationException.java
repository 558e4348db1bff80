package java.lang;

/** An instance of an abstract class, interface, array class or primitive type was requested reflectively. */
public class InstantiationException extends ReflectiveOperationException {
    /** With no detail message. */
    public InstantiationException() {
        super();
    }

    /** With the detail message {@code message}. */
    public InstantiationException(String message) {
        super(message);
    }
}
