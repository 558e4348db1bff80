package java.time.format;

/**
 * Thrown when text cannot be parsed as a date or time; carries the text and the index where parsing failed.
 */
public class DateTimeParseException extends java.time.DateTimeException {
    private static final long serialVersionUID = 1L;

    private final String parsedString;
    private final int errorIndex;

    /** With a message, the text and the error index. */
    public DateTimeParseException(String message, CharSequence parsedData, int errorIndex) {
        super(message);
        this.parsedString = parsedData.toString();
        this.errorIndex = errorIndex;
    }

    /** With a message, the text, the error index and a cause. */
    public DateTimeParseException(String message, CharSequence parsedData, int errorIndex, Throwable cause) {
        super(message, cause);
        this.parsedString = parsedData.toString();
        this.errorIndex = errorIndex;
    }

    /** The text that failed to parse. */
    public String getParsedString() {
        return parsedString;
    }

    /** The index in the text where parsing failed. */
    public int getErrorIndex() {
        return errorIndex;
    }
}
