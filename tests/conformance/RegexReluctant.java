import java.util.regex.*;

/** Reluctant quantifiers. */
public class RegexReluctant {
    public static void main(String[] args) {
        RegexCheck.find("<.+?>", "<a><b>");
        RegexCheck.find("a*?", "aa");
        RegexCheck.find("a+?", "aaa");
        RegexCheck.find("a??b", "ab b");
        RegexCheck.find("a{2,3}?", "aaaaa");
        RegexCheck.matches("(.*?)(\\d+)", "abc123");
        RegexCheck.find("\\(.*?\\)", "(a)(b)");
        RegexCheck.find("x.*?y", "x1y2y");
        RegexCheck.matches("(a+?)(a*)", "aaaa");
        RegexCheck.find("(ab)+?", "ababab");
    }
}
