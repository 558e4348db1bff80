package java.lang;

/** The heap has no room for an object and the collector could not make any. */
public class OutOfMemoryError extends VirtualMachineError {
    /** With no detail message. */
    public OutOfMemoryError() {
        super();
    }

    /** With the detail message {@code message}. */
    public OutOfMemoryError(String message) {
        super(message);
    }
}
