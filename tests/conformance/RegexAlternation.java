import java.util.regex.*;

/** Alternation: leftmost, first alternative wins. */
public class RegexAlternation {
    public static void main(String[] args) {
        RegexCheck.find("cat|category", "category");
        RegexCheck.find("category|cat", "category");
        RegexCheck.find("a|b|c", "xcba");
        RegexCheck.find("|a", "a");
        RegexCheck.find("a|", "ab");
        RegexCheck.matches("(a|ab)(bc|c)", "abc");
        RegexCheck.find("(?:one|two|three)\\b", "one twothree three");
        RegexCheck.find("x(a|b|)y", "xay xby xy xcy");
    }
}
