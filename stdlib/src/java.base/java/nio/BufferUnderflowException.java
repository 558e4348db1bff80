package java.nio;

/** A relative get went past the buffer's limit. */
public class BufferUnderflowException extends RuntimeException {
    /** Without a message, as the buffers throw it. */
    public BufferUnderflowException() {
    }
}
