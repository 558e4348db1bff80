package java.lang;

/** An unknown but serious exception in the virtual machine. */
public class UnknownError extends VirtualMachineError {
    /** With no detail message. */
    public UnknownError() {
        super();
    }

    /** With the detail message {@code message}. */
    public UnknownError(String message) {
        super(message);
    }
}
