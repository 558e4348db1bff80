package java.nio.file;

/** The file already exists. */
public class FileAlreadyExistsException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /** About {@code file}. */
    public FileAlreadyExistsException(String file) {
        super(file);
    }

    /** About {@code file} and {@code other}, for {@code reason}. */
    public FileAlreadyExistsException(String file, String other, String reason) {
        super(file, other, reason);
    }
}
