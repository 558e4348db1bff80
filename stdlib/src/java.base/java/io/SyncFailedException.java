package java.io;

/** A sync operation failed. */
public class SyncFailedException extends IOException {
    /** With the detail message {@code desc}. */
    public SyncFailedException(String desc) {
        super(desc);
    }
}
