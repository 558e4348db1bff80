import java.util.regex.*;

/** Literal patterns: plain text, metacharacters escaped, find positions. */
public class RegexLiterals {
    public static void main(String[] args) {
        RegexCheck.find("abc", "xxabcxxabc");
        RegexCheck.find("a", "banana");
        RegexCheck.find("ana", "banana");
        RegexCheck.find("\\.", "a.b.c");
        RegexCheck.find("\\$\\^", "$^$^");
        RegexCheck.find("", "ab");
        RegexCheck.find("x", "");
        RegexCheck.find("hello world", "say hello world!");
        RegexCheck.find("\\*\\+\\?", "*+?");
        RegexCheck.find("\\{\\}\\[\\]\\(\\)", "{}[]()");
        RegexCheck.matches("abc", "abc");
        RegexCheck.matches("abc", "abcd");
        RegexCheck.matches("", "");
        RegexCheck.find("\\|", "a|b");
        RegexCheck.find("-", "a-b-c");
        RegexCheck.find("\u00e9", "caf\u00e9 \u00e9");
    }
}
