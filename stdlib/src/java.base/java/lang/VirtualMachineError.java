package java.lang;

/** The virtual machine is broken or out of the resources it needs to continue. */
public class VirtualMachineError extends Error {
    /** With no detail message. */
    public VirtualMachineError() {
        super();
    }

    /** With the detail message {@code message}. */
    public VirtualMachineError(String message) {
        super(message);
    }

    /** With a detail message and a cause. */
    public VirtualMachineError(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a cause; the detail message is the cause's {@code toString()} (null if no cause). */
    public VirtualMachineError(Throwable cause) {
        super(cause);
    }
}
