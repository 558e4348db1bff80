package java.lang;

/** A readable sequence of UTF-16 code units: String, StringBuilder, StringBuffer and others. */
public interface CharSequence {
    /** The number of code units. */
    int length();

    /** The code unit at {@code index}. */
    char charAt(int index);

    /** The code units of {@code [start, end)}. */
    CharSequence subSequence(int start, int end);

    /** The code units as a String. */
    String toString();

    /** Whether the length is 0. */
    default boolean isEmpty() {
        return length() == 0;
    }

    /** Lexicographic comparison of two sequences by code unit, then by length. */
    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }
}
