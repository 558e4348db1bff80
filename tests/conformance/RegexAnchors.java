import java.util.regex.*;

/** Anchors ^ $ A z Z without MULTILINE. */
public class RegexAnchors {
    public static void main(String[] args) {
        RegexCheck.find("^a", "aaa");
        RegexCheck.find("a$", "aaa");
        RegexCheck.find("^$", "");
        RegexCheck.find("$", "a\n");
        RegexCheck.find("a$", "a\n");
        RegexCheck.find("a$", "a\r\n");
        RegexCheck.find("a$", "a\n\n");
        RegexCheck.find("a\\z", "a\n");
        RegexCheck.find("a\\Z", "a\n");
        RegexCheck.find("\\Aa", "aa");
        RegexCheck.find("^", "ab");
        RegexCheck.find("b$", "ab\u2028");
        RegexCheck.find("^a|b$", "ab");
        RegexCheck.matches("^abc$", "abc");
    }
}
