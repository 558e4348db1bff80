package java.nio.file;

/** The directory is not empty. */
public class DirectoryNotEmptyException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /** About {@code file}. */
    public DirectoryNotEmptyException(String file) {
        super(file);
    }
}
