import java.util.regex.*;

/** Possessive quantifiers never give back. */
public class RegexPossessive {
    public static void main(String[] args) {
        RegexCheck.matches("a*+a", "aaaa");
        RegexCheck.matches("a*+", "aaaa");
        RegexCheck.find("a++b", "aaab");
        RegexCheck.find("[^\"]*+\"", "ab\"cd\"");
        RegexCheck.matches(".*+foo", "xfoo");
        RegexCheck.find("a?+a", "aa");
        RegexCheck.find("(ab)++", "ababab");
        RegexCheck.matches("(ab)++ab", "abab");
        RegexCheck.find("\\d{2,3}+\\d", "12345");
        RegexCheck.matches("(?:a|b)*+c", "ababc");
    }
}
