package java.util;

/** A width the conversion does not allow; the message is the width. */
public class IllegalFormatWidthException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final int w;

    /** A new exception for the given detail. */
    public IllegalFormatWidthException(int w) {
        this.w = w;
    }

    /** The width. */
    public int getWidth() {
        return w;
    }

    @Override
    public String getMessage() {
        return Integer.toString(w);
    }
}
