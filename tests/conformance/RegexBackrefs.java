import java.util.regex.*;

/** Numbered back-references. */
public class RegexBackrefs {
    public static void main(String[] args) {
        RegexCheck.find("(\\w)\\1", "hello book");
        RegexCheck.find("(\\w+) \\1", "the the cat cat dog");
        RegexCheck.matches("(a)(b)?\\2", "a");
        RegexCheck.find("(a)\\2", "aa");
        RegexCheck.find("\\1(a)", "aa");
        RegexCheck.matches("(\\d)(\\d)\\2\\1", "1221");
        RegexCheck.find("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10", "abcdefghijj");
        RegexCheck.find("(a)\\11", "aa1");
        RegexCheck.find("(?i)(a)\\1", "aA");
        RegexCheck.matches("(a*)b\\1", "aabaa");
        RegexCheck.matches("(a*)b\\1", "aaba");
    }
}
