package java.lang;

/** A class is its own superclass or superinterface. */
public class ClassCircularityError extends LinkageError {
    /** With no detail message. */
    public ClassCircularityError() {
        super();
    }

    /** With the detail message {@code message}. */
    public ClassCircularityError(String message) {
        super(message);
    }
}
