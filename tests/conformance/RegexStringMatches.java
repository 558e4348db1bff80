import java.util.regex.*;

/** String.matches, Pattern.matches, asPredicate, asMatchPredicate. */
public class RegexStringMatches {
    public static void main(String[] args) {
        String[] inputs = {"abc", "123", "a1", "", "ABC"};
        for (String s : inputs) {
            System.out.println(RegexCheck.show(s) + " " + s.matches("[a-z]+") + " " + s.matches("\\d*") + " " + Pattern.matches("(?i)abc", s)
                    + " " + Pattern.compile("\\d").asPredicate().test(s) + " " + Pattern.compile("\\d").asMatchPredicate().test(s));
        }
        System.out.println("hello".matches("hel") + " " + "hello".matches("hel.*") + " " + "a\nb".matches("a.b"));
    }
}
