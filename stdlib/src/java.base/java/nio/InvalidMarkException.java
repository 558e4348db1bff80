package java.nio;

/** A reset without a mark. */
public class InvalidMarkException extends IllegalStateException {
    /** Without a message, as the buffers throw it. */
    public InvalidMarkException() {
    }
}
