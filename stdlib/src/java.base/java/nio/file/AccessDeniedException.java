package java.nio.file;

/** Access to the file was denied. */
public class AccessDeniedException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /** About {@code file}. */
    public AccessDeniedException(String file) {
        super(file);
    }

    /** About {@code file} and {@code other}, for {@code reason}. */
    public AccessDeniedException(String file, String other, String reason) {
        super(file, other, reason);
    }
}
