package java.lang;

/** Object.clone was called on an object whose class is not Cloneable. */
public class CloneNotSupportedException extends Exception {
    /** With no detail message. */
    public CloneNotSupportedException() {
        super();
    }

    /** With the detail message {@code message}. */
    public CloneNotSupportedException(String message) {
        super(message);
    }
}
