package java.nio.file;

import java.io.IOException;

/** A file-system operation failed on one or two files. */
public class FileSystemException extends IOException {
    private static final long serialVersionUID = -3055425747967319812L;
    private final String file;
    private final String other;

    /** About {@code file}. */
    public FileSystemException(String file) {
        super((String) null);
        this.file = file;
        this.other = null;
    }

    /** About {@code file} and {@code other}, for {@code reason}. */
    public FileSystemException(String file, String other, String reason) {
        super(reason);
        this.file = file;
        this.other = other;
    }

    /** The file. */
    public String getFile() {
        return file;
    }

    /** The other file. */
    public String getOtherFile() {
        return other;
    }

    /** The reason, or null. */
    public String getReason() {
        return super.getMessage();
    }

    /** {@code file}, then {@code " -> other"}, then {@code ": reason"}, each if present. */
    @Override
    public String getMessage() {
        if (file == null && other == null) {
            return getReason();
        }
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (other != null) {
            sb.append(" -> ").append(other);
        }
        if (getReason() != null) {
            sb.append(": ").append(getReason());
        }
        return sb.toString();
    }
}
