package java.io;

/** Malformed modified UTF-8 met by {@link DataInput#readUTF}, or a string too long for it. */
public class UTFDataFormatException extends IOException {
    private static final long serialVersionUID = 420743449228280612L;

    /** Without a message. */
    public UTFDataFormatException() {
    }

    /** With {@code s} as message. */
    public UTFDataFormatException(String s) {
        super(s);
    }
}
