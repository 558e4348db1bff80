package java.lang;

/** A monitor operation by a thread that does not own the monitor. */
public class IllegalMonitorStateException extends RuntimeException {
    /** With no detail message. */
    public IllegalMonitorStateException() {
        super();
    }

    /** With the detail message {@code message}. */
    public IllegalMonitorStateException(String message) {
        super(message);
    }
}
