import java.util.regex.*;

/** LITERAL flag and Pattern.quote. */
public class RegexLiteralFlag {
    public static void main(String[] args) {
        RegexCheck.find("a.b*", Pattern.LITERAL, "a.b* axb");
        RegexCheck.find("A.B", Pattern.LITERAL | Pattern.CASE_INSENSITIVE, "a.b");
        System.out.println(Pattern.quote("a.b") + " " + Pattern.quote("x\\Ey") + " " + Pattern.quote(""));
        System.out.println("1+1=2".replaceAll(Pattern.quote("1+1"), "two"));
        System.out.println(Pattern.matches(Pattern.quote("a\\E.\\Q"), "a\\E.\\Q"));
        System.out.println(Matcher.quoteReplacement("$1\\x") + " " + "ab".replaceAll("a", Matcher.quoteReplacement("$1")));
    }
}
