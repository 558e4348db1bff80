import java.util.regex.*;

/** replaceAll/replaceFirst with literal replacements and empty matches. */
public class RegexReplaceAll {
    public static void main(String[] args) {
        RegexCheck.replace("a", "banana", "o");
        RegexCheck.replace("x*", "abc", "-");
        RegexCheck.replace("\\s+", "  a  b  ", " ");
        RegexCheck.replace("", "ab", ".");
        RegexCheck.replace("[aeiou]", "education", "");
        RegexCheck.replace("^", "abc", ">");
        RegexCheck.replace("$", "abc", "<");
        RegexCheck.replace("b*", "abba", "X");
        RegexCheck.replace("(?=a)", "aaa", "|");
        RegexCheck.replace("\\d+", "a1b22c333", "#");
        RegexCheck.replace("\\\\", "a\\b", "/");
    }
}
