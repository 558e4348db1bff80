package java.lang;

/** A class file is malformed or cannot be interpreted as a class. */
public class ClassFormatError extends LinkageError {
    /** With no detail message. */
    public ClassFormatError() {
        super();
    }

    /** With the detail message {@code message}. */
    public ClassFormatError(String message) {
        super(message);
    }
}
