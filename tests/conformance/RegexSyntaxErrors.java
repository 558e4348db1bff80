import java.util.regex.*;

/** PatternSyntaxException descriptions, indices and multi-line messages. */
public class RegexSyntaxErrors {
    public static void main(String[] args) {
        String[] bad = {"(ab", "ab)", "*a", "a**", "[abc", "a{x}", "a{3,2}", "a{3", "[z-a]", "\\y", "(?q)", "\\p{Foo}", "\\k<nope>", "(?<n>a)(?<n>b)", "a{", "+", "a|*", "[]", "(?<1a>x)", "\\x{zz}", "\\u12", "(?", "[^]", "\\P{", "a?+*", "\\0", "\\09", "[a-\\d]", "x{}", "\\"};
        for (String b : bad) {
            try {
                Pattern.compile(b);
                System.out.println("compiled " + RegexCheck.show(b));
            } catch (PatternSyntaxException e) {
                System.out.println(RegexCheck.show(e.getDescription()) + " @" + e.getIndex() + " in " + RegexCheck.show(e.getPattern()));
                System.out.println(e.getMessage());
            }
        }
        try { "x".matches("("); } catch (PatternSyntaxException e) { System.out.println(e); }
        try { Pattern.compile("a", 0x10000); } catch (IllegalArgumentException e) { RegexCheck.fail("flag", e); }
    }
}
