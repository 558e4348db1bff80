package java.io;

/** A file could not be opened. */
public class FileNotFoundException extends IOException {
    /** With no detail message. */
    public FileNotFoundException() {
        super();
    }

    /** With the detail message {@code message}. */
    public FileNotFoundException(String message) {
        super(message);
    }
}
