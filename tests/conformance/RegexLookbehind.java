import java.util.regex.*;

/** Positive and negative look-behind, bounded and unbounded. */
public class RegexLookbehind {
    public static void main(String[] args) {
        RegexCheck.find("(?<=\\$)\\d+", "cost $42 or 17");
        RegexCheck.find("(?<!\\$)\\b\\d+", "cost $42 or 17");
        RegexCheck.find("(?<=ab|c)x", "abx cx dx");
        RegexCheck.find("(?<=a{1,3})b", "aaab b");
        RegexCheck.find("(?<=^|,)\\w", "a,b,c");
        RegexCheck.find("(?<!^)x", "xxx");
        RegexCheck.find("(?<=(a))b", "ab");
        RegexCheck.find("(?<=a+)b", "aaab");
        RegexCheck.replace("(?<=\\d)(?=(\\d{3})+\\b)", "1234567", ",");
        RegexCheck.find("(?<=\\G..)", "abcdef");
    }
}
