import java.util.regex.*;

/** String.split fast path and regex path agree with the JDK. */
public class RegexStringSplit {
    public static void main(String[] args) {
        RegexCheck.split(".", "a.b", 0);
        RegexCheck.split("\\.", "a.b.c", 0);
        RegexCheck.split("|", "a|b", 0);
        RegexCheck.split("\\|", "a|b", 0);
        RegexCheck.split("\\t", "a\tb", 0);
        RegexCheck.split("\\\\", "a\\b\\c", 0);
        RegexCheck.split(" ", " a b  ", 0);
        RegexCheck.split("\\d", "a1b", 0);
        RegexCheck.split("ab", "xabyabz", 0);
        RegexCheck.split("\\$", "1$2$", 0);
        RegexCheck.split("-", "-a-", 0);
        RegexCheck.split("\u00e9", "x\u00e9y", 0);
        RegexCheck.split("\\s", "a b", 0);
        RegexCheck.split("\\:", "a:b", 0);
    }
}
