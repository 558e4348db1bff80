package java.nio.file.attribute;

/** An attribute given when a file or directory is created (accepted and ignored by Cortado). */
public interface FileAttribute<T> {
    /** The attribute's name. */
    String name();

    /** The attribute's value. */
    T value();
}
