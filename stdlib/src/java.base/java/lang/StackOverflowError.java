package java.lang;

/** The thread's stack overflowed because of too deep recursion. */
public class StackOverflowError extends VirtualMachineError {
    /** With no detail message. */
    public StackOverflowError() {
        super();
    }

    /** With the detail message {@code message}. */
    public StackOverflowError(String message) {
        super(message);
    }
}
