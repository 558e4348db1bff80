package java.util;

/** Thrown when a closed {@link Formatter} is used. */
public class FormatterClosedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** A new exception. */
    public FormatterClosedException() {
    }
}
