import java.util.regex.*;

/** Greedy quantifiers and backtracking. */
public class RegexGreedy {
    public static void main(String[] args) {
        RegexCheck.find("a*", "aaab");
        RegexCheck.find("a+", "baaab");
        RegexCheck.find("a?", "aab");
        RegexCheck.find("<.+>", "<a><b>");
        RegexCheck.find("a*ab", "aaab");
        RegexCheck.find("(ab)*", "ababa");
        RegexCheck.find("x*y", "xxxz xy");
        RegexCheck.matches("(a|ab)(c|bcd)(d*)", "abcd");
        RegexCheck.find("\\d+\\.\\d*", "3.14 and 2.");
        RegexCheck.matches(".*foo", "xfooyfoo");
        RegexCheck.matches("(.*)(\\d+)", "abc123");
    }
}
