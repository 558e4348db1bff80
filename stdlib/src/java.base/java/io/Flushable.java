package java.io;

/** A destination of data that can be flushed. */
public interface Flushable {
    /** Writes out anything buffered. */
    void flush() throws IOException;
}
