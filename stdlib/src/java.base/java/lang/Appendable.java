package java.lang;

import java.io.IOException;

/** Something characters can be appended to: builders, writers, print streams. */
public interface Appendable {
    /** Appends {@code csq} ({@code "null"} if null). */
    Appendable append(CharSequence csq) throws IOException;

    /** Appends {@code csq[start, end)}. */
    Appendable append(CharSequence csq, int start, int end) throws IOException;

    /** Appends one character. */
    Appendable append(char c) throws IOException;
}
