package java.lang;

/**
 * A failed assertion. The detail message is the string form of the value given to the constructor; if that
 * value is a {@link Throwable}, it is also the cause.
 */
public class AssertionError extends Error {
    /** With no detail message. */
    public AssertionError() {
        super();
    }

    private AssertionError(String message) {
        super(message);
    }

    /** With {@code String.valueOf(detail)} as message, and {@code detail} as cause if it is a Throwable. */
    public AssertionError(Object detail) {
        this(String.valueOf(detail));
        if (detail instanceof Throwable) {
            initCause((Throwable) detail);
        }
    }

    /** With {@code String.valueOf(detail)} as message. */
    public AssertionError(boolean detail) {
        this(String.valueOf(detail));
    }

    /** With {@code String.valueOf(detail)} as message. */
    public AssertionError(char detail) {
        this(String.valueOf(detail));
    }

    /** With {@code String.valueOf(detail)} as message. */
    public AssertionError(int detail) {
        this(String.valueOf(detail));
    }

    /** With {@code String.valueOf(detail)} as message. */
    public AssertionError(long detail) {
        this(String.valueOf(detail));
    }

    /** With {@code String.valueOf(detail)} as message. */
    public AssertionError(float detail) {
        this(String.valueOf(detail));
    }

    /** With {@code String.valueOf(detail)} as message. */
    public AssertionError(double detail) {
        this(String.valueOf(detail));
    }

    /** With a detail message and a cause. */
    public AssertionError(String message, Throwable cause) {
        super(message, cause);
    }
}
