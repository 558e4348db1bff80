package java.io;

/** A source or destination of data that can be closed. */
public interface Closeable extends AutoCloseable {
    /** Releases the resources; closing twice has no effect. */
    @Override
    void close() throws IOException;
}
