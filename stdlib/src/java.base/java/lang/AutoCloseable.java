package java.lang;

/** A resource closed by try-with-resources. */
public interface AutoCloseable {
    /** Releases the resource. */
    void close() throws Exception;
}
