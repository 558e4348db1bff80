package java.nio.file;

/** A string that cannot be made into a path. */
public class InvalidPathException extends IllegalArgumentException {
    private static final long serialVersionUID = 4355821422286746137L;
    private final String input;
    private final String reason;

    /** {@code input} rejected for {@code reason}. */
    public InvalidPathException(String input, String reason) {
        super(reason);
        this.input = input;
        this.reason = reason;
    }

    /** The rejected string. */
    public String getInput() {
        return input;
    }

    /** Why. */
    public String getReason() {
        return reason;
    }

    /** {@code reason: input}. */
    @Override
    public String getMessage() {
        return reason + ": " + input;
    }
}
