import java.util.regex.*;

/** Positive and negative look-ahead. */
public class RegexLookahead {
    public static void main(String[] args) {
        RegexCheck.find("\\w+(?=!)", "hi! yo ok!");
        RegexCheck.find("\\w+(?!\\w|!)", "hi! yo");
        RegexCheck.find("q(?!u)", "quit qat");
        RegexCheck.matches("(?=.*\\d)(?=.*[a-z]).{6,}", "abc123");
        RegexCheck.matches("(?=.*\\d)(?=.*[a-z]).{6,}", "abcdef");
        RegexCheck.find("(?=(\\w))", "ab");
        RegexCheck.find("a(?=b)", "ab ac");
        RegexCheck.find("(?!a).", "abc");
        RegexCheck.replace("(?=(\\d{3})+$)", "1234567", ",");
    }
}
