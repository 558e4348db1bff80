import java.util.regex.*;

/** split with positive, zero and negative limits. */
public class RegexSplitLimit {
    public static void main(String[] args) {
        RegexCheck.split(",", "a,b,c,,", 2);
        RegexCheck.split(",", "a,b,c,,", -1);
        RegexCheck.split(",", "a,b,c,,", 10);
        RegexCheck.split(",", "a,b,c,,", 1);
        RegexCheck.split(",", ",,", -1);
        RegexCheck.split(",", ",,", 0);
        RegexCheck.split("", "abc", 2);
        RegexCheck.split("", "abc", -1);
        RegexCheck.split("\\|", "a|b|c", 2);
        RegexCheck.split("\\s+", "a b  c ", -1);
        RegexCheck.split("(,)", "a,b", -1);
    }
}
