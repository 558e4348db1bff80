package java.util.regex;

/**
 * The outcome of one match: the matched region and each capturing group's span and text.
 */
public interface MatchResult {
    /** Start of the match. */
    int start();

    /** Start of group {@code group}, or -1 if it did not participate. */
    int start(int group);

    /** End (exclusive) of the match. */
    int end();

    /** End of group {@code group}, or -1 if it did not participate. */
    int end(int group);

    /** The matched text. */
    String group();

    /** The text of group {@code group}, or null if it did not participate. */
    String group(int group);

    /** The number of capturing groups in the pattern. */
    int groupCount();
}
