package java.nio;

/** A relative put went past the buffer's limit. */
public class BufferOverflowException extends RuntimeException {
    /** Without a message, as the buffers throw it. */
    public BufferOverflowException() {
    }
}
