package java.lang;

/** The verifier found a class file inconsistent or unsafe. */
public class VerifyError extends LinkageError {
    /** With no detail message. */
    public VerifyError() {
        super();
    }

    /** With the detail message {@code message}. */
    public VerifyError(String message) {
        super(message);
    }
}
