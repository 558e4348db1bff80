import java.util.regex.*;

/** Counted repetition {n} {n,} {n,m}. */
public class RegexCounted {
    public static void main(String[] args) {
        RegexCheck.find("a{2}", "aaaaa");
        RegexCheck.find("a{2,}", "aaaaa b aa");
        RegexCheck.find("a{1,3}", "aaaaa");
        RegexCheck.find("a{0}", "ab");
        RegexCheck.find("(ab){2}", "ababab");
        RegexCheck.find("\\d{3}-\\d{4}", "call 555-1234 now");
        RegexCheck.find("[a-z]{2,4}", "abcdefghij");
        RegexCheck.find("x{0,1}y", "xy y");
        RegexCheck.matches("(a|b){3,5}", "abab");
        RegexCheck.find("a{2}{3}", "aaaaaaa");
        RegexCheck.find("x{2}{3}y", "xxy");
        RegexCheck.find("(?:a{2}){2}", "aaaaa");
    }
}
