package java.util;

/** An argument index below 1 or too large; message {@code Illegal format argument index = 0}. */
class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private static final long serialVersionUID = 1L;
    private final int i;

    /** A new exception for the index {@code i}. */
    IllegalFormatArgumentIndexException(int i) {
        this.i = i;
    }

    /** The index. */
    int getIndex() {
        return i;
    }

    @Override
    public String getMessage() {
        return new StringBuilder().append("Illegal format argument index = ").append(i).toString();
    }
}
