import java.util.regex.*;

/** Zero-length matches and how find advances past them. */
public class RegexEmptyMatches {
    public static void main(String[] args) {
        RegexCheck.find("a*", "baaac");
        RegexCheck.find("", "");
        RegexCheck.find("\\b", "");
        RegexCheck.find("(?=a)|a", "aa");
        RegexCheck.find("a??", "aa");
        RegexCheck.find("x?", "xx");
        RegexCheck.replace("a?", "bab", "-");
        RegexCheck.find("$|a", "a");
        RegexCheck.find("()", "ab");
        RegexCheck.find("(a|)", "ab");
    }
}
