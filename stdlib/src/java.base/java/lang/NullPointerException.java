package java.lang;

/**
 * Use of {@code null} where an object is required. When the VM throws it, the VM passes the helpful
 * message (as HotSpot computes it: {@code Cannot invoke "Object.hashCode()" because "<local0>" is null})
 * to the message constructor; a program's own {@code new NullPointerException()} has no message.
 */
public class NullPointerException extends RuntimeException {
    /** With no detail message. */
    public NullPointerException() {
        super();
    }

    /** With the detail message {@code message}. */
    public NullPointerException(String message) {
        super(message);
    }
}
