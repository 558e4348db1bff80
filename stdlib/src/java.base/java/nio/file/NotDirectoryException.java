package java.nio.file;

/** The file is not a directory. */
public class NotDirectoryException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /** About {@code file}. */
    public NotDirectoryException(String file) {
        super(file);
    }
}
