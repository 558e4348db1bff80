package java.lang;

/** An index of some sort (array, string, list) is out of range. */
public class IndexOutOfBoundsException extends RuntimeException {
    /** With no detail message. */
    public IndexOutOfBoundsException() {
        super();
    }

    /** With the detail message {@code message}. */
    public IndexOutOfBoundsException(String message) {
        super(message);
    }

    /** With the message {@code Index out of range: index}. */
    public IndexOutOfBoundsException(int index) {
        super("Index out of range: " + index);
    }

    /** With the message {@code Index out of range: index}. */
    public IndexOutOfBoundsException(long index) {
        super("Index out of range: " + index);
    }
}
