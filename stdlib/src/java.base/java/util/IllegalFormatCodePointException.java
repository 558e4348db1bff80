package java.util;

/** A character argument that is not a valid code point; message {@code Code point = 0xffffffff}. */
public class IllegalFormatCodePointException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final int c;

    /** A new exception for the given detail. */
    public IllegalFormatCodePointException(int c) {
        this.c = c;
    }

    /** The code point. */
    public int getCodePoint() {
        return c;
    }

    @Override
    public String getMessage() {
        return new StringBuilder().append("Code point = 0x").append(Integer.toHexString(c)).toString();
    }
}
