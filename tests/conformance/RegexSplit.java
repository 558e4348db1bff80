import java.util.regex.*;

/** Pattern.split: zero-width matches, leading and trailing empties. */
public class RegexSplit {
    public static void main(String[] args) {
        RegexCheck.split(",", "a,b,,c,,", 0);
        RegexCheck.split(",", ",a,b", 0);
        RegexCheck.split("", "abc", 0);
        RegexCheck.split("(?=b)", "abab", 0);
        RegexCheck.split("\\s*,\\s*", "a , b,c ,d", 0);
        RegexCheck.split("x*", "axbxxc", 0);
        RegexCheck.split("\\d", "1a2b3", 0);
        RegexCheck.split("a", "aaa", 0);
        RegexCheck.split(",", "", 0);
        RegexCheck.split("\\s+", "  leading and trailing  ", 0);
        RegexCheck.split("\\b", "hi there", 0);
        RegexCheck.split("(?<=,)", "a,b,c", 0);
        RegexCheck.split("[,;]", "a;b,c", 0);
        String[] p = Pattern.compile(":").split("x:y:z"); System.out.println(p.length + " " + p[2]);
    }
}
