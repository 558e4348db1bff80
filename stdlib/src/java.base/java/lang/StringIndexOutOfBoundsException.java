package java.lang;

/** An index or range into a string or string builder is out of range. */
public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    /** With no detail message. */
    public StringIndexOutOfBoundsException() {
        super();
    }

    /** With the detail message {@code message}. */
    public StringIndexOutOfBoundsException(String message) {
        super(message);
    }

    /** With the message {@code String index out of range: index}. */
    public StringIndexOutOfBoundsException(int index) {
        super("String index out of range: " + index);
    }
}
