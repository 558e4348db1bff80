import java.util.regex.*;

/** Non-capturing groups and group counts. */
public class RegexNonCapturing {
    public static void main(String[] args) {
        RegexCheck.matches("(?:ab)+(c)", "ababc");
        RegexCheck.find("(?:a|b)+", "xabbay");
        System.out.println(Pattern.compile("(?:a)(b)(?:c(d))").matcher("").groupCount());
        RegexCheck.matches("(?:(a)|b)+", "ab");
        RegexCheck.find("(?:)", "ab");
        RegexCheck.find("(?:x)?y", "y xy");
    }
}
