import java.util.regex.*;

/** Intersections with &&. */
public class RegexClassIntersection {
    public static void main(String[] args) {
        RegexCheck.find("[a-z&&[^aeiou]]+", "hello world");
        RegexCheck.find("[a-z&&def]+", "abcdefg");
        RegexCheck.find("[\\w&&[^\\d]]+", "ab12cd_3");
        RegexCheck.find("[a-z&&[^m-p]&&[^x]]+", "lmnopqxyz");
        RegexCheck.find("[^a-z&&[aeiou]]+", "hello");
        RegexCheck.find("[\\p{L}&&[^a-z]]+", "abcXYZdef");
        RegexCheck.find("[0-9&&[^5]]+", "0123456789");
    }
}
