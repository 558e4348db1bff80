package java.util;

/** The superclass of the exceptions a {@link Formatter} throws for a bad format string or argument. */
public class IllegalFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Package-private, as in Java SE: only the specific subclasses are created. */
    IllegalFormatException() {
    }
}
