package java.nio.file;

/** The standard ways to open a file. */
public enum StandardOpenOption implements OpenOption {
    /** For reading. */
    READ,
    /** For writing. */
    WRITE,
    /** Writes go to the end. */
    APPEND,
    /** Truncate an existing file opened for writing. */
    TRUNCATE_EXISTING,
    /** Create the file if missing. */
    CREATE,
    /** Create the file, failing if it exists. */
    CREATE_NEW,
    /** Delete on close (not supported: ignored). */
    DELETE_ON_CLOSE,
    /** Sparse hint (ignored). */
    SPARSE,
    /** Synchronous content and metadata (ignored). */
    SYNC,
    /** Synchronous content (ignored). */
    DSYNC
}
