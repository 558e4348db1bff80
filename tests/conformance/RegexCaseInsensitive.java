import java.util.regex.*;

/** CASE_INSENSITIVE for literals, classes and back-references (ASCII). */
public class RegexCaseInsensitive {
    public static void main(String[] args) {
        RegexCheck.find("abc", Pattern.CASE_INSENSITIVE, "ABC aBc abc");
        RegexCheck.find("[a-c]+", Pattern.CASE_INSENSITIVE, "ABCabc");
        RegexCheck.find("[^a]", Pattern.CASE_INSENSITIVE, "aA");
        RegexCheck.find("(?i)hello", "HeLLo");
        RegexCheck.find("(?i)\u00e9", "\u00c9\u00e9");
        RegexCheck.find("\\p{Lower}+", Pattern.CASE_INSENSITIVE, "abCD");
        RegexCheck.find("(?i)(\\w)\\1", "aA bB");
        RegexCheck.find("(?i)[K]", "k\u212a");
        RegexCheck.find("(?i)x", "X");
        RegexCheck.matches("(?i)Stra\u00dfe", "STRA\u00dfE");
    }
}
