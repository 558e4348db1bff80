import java.util.regex.*;

/** COMMENTS flag: whitespace and # comments ignored. */
public class RegexComments {
    public static void main(String[] args) {
        RegexCheck.find("a b c", Pattern.COMMENTS, "abc a b c");
        RegexCheck.find("(?x) \\d+ # digits\n - \\d+", "12-34");
        RegexCheck.find("(?x)a\\ b", "a b");
        RegexCheck.find("(?x)[a b]+", "a b");
        RegexCheck.matches("(?x) ^ (\\w+) \\s+ (\\w+) $ ", "hello world");
    }
}
