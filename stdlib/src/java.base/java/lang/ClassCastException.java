package java.lang;

/** A cast to a class of which the object is not an instance. */
public class ClassCastException extends RuntimeException {
    /** With no detail message. */
    public ClassCastException() {
        super();
    }

    /** With the detail message {@code message}. */
    public ClassCastException(String message) {
        super(message);
    }
}
