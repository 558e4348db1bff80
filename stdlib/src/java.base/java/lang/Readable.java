package java.lang;

import java.io.IOException;
import java.nio.CharBuffer;

/** A source of characters that a {@link java.util.Scanner} can read from, through a {@link CharBuffer}. */
public interface Readable {
    /**
     * Reads characters into {@code cb} (at most its remaining space); returns how many were added, or -1 when
     * the source is exhausted.
     */
    int read(CharBuffer cb) throws IOException;
}
