package java.nio.charset;

/** No support is available for a requested charset. */
public class UnsupportedCharsetException extends IllegalArgumentException {
    private final String charsetName;

    /** For the charset named {@code charsetName}. */
    public UnsupportedCharsetException(String charsetName) {
        super(String.valueOf(charsetName));
        this.charsetName = charsetName;
    }

    /** The unsupported charset's name. */
    public String getCharsetName() {
        return charsetName;
    }
}
