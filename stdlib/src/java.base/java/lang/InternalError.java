package java.lang;

/** An unexpected internal error in the virtual machine. */
public class InternalError extends VirtualMachineError {
    /** With no detail message. */
    public InternalError() {
        super();
    }

    /** With the detail message {@code message}. */
    public InternalError(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public InternalError(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public InternalError(Throwable cause) {
        super(cause);
    }
}
