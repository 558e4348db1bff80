package java.io;

/** Wraps an {@link IOException} where a checked exception cannot be thrown. */
public class UncheckedIOException extends RuntimeException {
    /** With a detail message and the wrapped exception. */
    public UncheckedIOException(String message, IOException cause) {
        super(message, requireCause(cause));
    }

    /** Wrapping {@code cause}; the detail message is the cause's string form. */
    public UncheckedIOException(IOException cause) {
        super(requireCause(cause));
    }

    private static IOException requireCause(IOException cause) {
        if (cause == null) {
            throw new NullPointerException();
        }
        return cause;
    }

    /** The wrapped exception. */
    @Override
    public IOException getCause() {
        return (IOException) super.getCause();
    }
}
