import java.util.regex.*;

/** Capturing groups: numbering, nesting, non-participating groups, last iteration. */
public class RegexGroups {
    public static void main(String[] args) {
        RegexCheck.matches("(a)(b)(c)", "abc");
        RegexCheck.matches("((a)(b(c)))", "abc");
        RegexCheck.find("(a)|(b)", "ab");
        RegexCheck.matches("(a*)*", "aaa");
        RegexCheck.matches("(a|b)*", "abba");
        RegexCheck.matches("(\\w)+", "hello");
        RegexCheck.find("(\\d+)-(\\d+)", "1-2 33-44");
        RegexCheck.matches("(a)?b", "b");
        RegexCheck.matches("((a)|b)+", "ab");
        RegexCheck.matches("(x(y)?)+", "xyx");
    }
}
