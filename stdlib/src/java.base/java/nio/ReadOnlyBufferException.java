package java.nio;

/** A write to a read-only buffer. */
public class ReadOnlyBufferException extends UnsupportedOperationException {
    /** Without a message, as the buffers throw it. */
    public ReadOnlyBufferException() {
    }
}
