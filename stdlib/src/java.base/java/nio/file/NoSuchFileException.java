package java.nio.file;

/** The file does not exist. */
public class NoSuchFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;

    /** About {@code file}. */
    public NoSuchFileException(String file) {
        super(file);
    }

    /** About {@code file} and {@code other}, for {@code reason}. */
    public NoSuchFileException(String file, String other, String reason) {
        super(file, other, reason);
    }
}
