package java.nio.charset;

/** The charsets every Java implementation supports (those of them Cortado supports). */
public final class StandardCharsets {
    private StandardCharsets() {
    }

    /** Seven-bit ASCII. */
    public static final Charset US_ASCII = Charset.US_ASCII;
    /** ISO Latin Alphabet No. 1. */
    public static final Charset ISO_8859_1 = Charset.ISO_8859_1;
    /** Eight-bit UCS Transformation Format. */
    public static final Charset UTF_8 = Charset.UTF_8;
}
