package java.nio.file;

/** The standard copy and move options. */
public enum StandardCopyOption implements CopyOption {
    /** Replace an existing target. */
    REPLACE_EXISTING,
    /** Copy attributes (ignored). */
    COPY_ATTRIBUTES,
    /** Atomic move (a rename). */
    ATOMIC_MOVE
}
