package java.lang;

/** A class file's version is not supported by this virtual machine. */
public class UnsupportedClassVersionError extends ClassFormatError {
    /** With no detail message. */
    public UnsupportedClassVersionError() {
        super();
    }

    /** With the detail message {@code message}. */
    public UnsupportedClassVersionError(String message) {
        super(message);
    }
}
