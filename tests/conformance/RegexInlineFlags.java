import java.util.regex.*;

/** Inline flag groups: (?i) (?-i) (?i:...) scoping. */
public class RegexInlineFlags {
    public static void main(String[] args) {
        RegexCheck.find("a(?i)b", "aB AB ab");
        RegexCheck.find("(?i)a(?-i)b", "Ab AB");
        RegexCheck.find("(?i:a)b", "Ab AB");
        RegexCheck.find("((?i)a)b", "Ab AB");
        RegexCheck.find("(?i)a|b", "A B");
        RegexCheck.find("x(?i:y|z)w", "xZw xZW");
        RegexCheck.find("(?im)^a", "b\nA");
        RegexCheck.find("(?i-m:a$)", "A\nA");
        RegexCheck.find("(?s-i:.)", "\n");
        System.out.println(Pattern.compile("(?i)a").flags() + " " + Pattern.compile("(?i:a)").flags() + " " + Pattern.compile("a", Pattern.MULTILINE | Pattern.DOTALL).flags());
    }
}
