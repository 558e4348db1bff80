import java.util.regex.*;

/** Nested groups and quantifiers with backtracking into groups. */
public class RegexNestedQuantifiers {
    public static void main(String[] args) {
        RegexCheck.matches("(a+)+b", "aaab");
        RegexCheck.matches("(a|b)*c", "ababc");
        RegexCheck.matches("((ab)*c)*", "abcabcc");
        RegexCheck.matches("(a*)+", "aa");
        RegexCheck.matches("(a*)*b", "aab");
        RegexCheck.find("((a)|b)*", "abab");
        RegexCheck.matches("(?:(\\d+)\\.)+(\\d+)", "1.22.333");
        RegexCheck.matches("(x+x+)+y", "xxxxy");
        RegexCheck.find("(a{1,2}){2}", "aaaaa");
        RegexCheck.matches("(?:a?){3}a{3}", "aaa");
    }
}
