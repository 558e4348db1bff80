package java.lang;

/**
 * An array was indexed outside its bounds. The VM throws it with the message
 * {@code Index 5 out of bounds for length 3}.
 */
public class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {
    /** With no detail message. */
    public ArrayIndexOutOfBoundsException() {
        super();
    }

    /** With the detail message {@code message}. */
    public ArrayIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** With the message {@code Array index out of range: index}. */
    public ArrayIndexOutOfBoundsException(int index) {
        super("Array index out of range: " + index);
    }
}
