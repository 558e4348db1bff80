import java.util.regex.*;

/** Replacement strings: $n, ${name}, escapes, and their errors. */
public class RegexReplaceGroups {
    public static void main(String[] args) {
        RegexCheck.replace("(\\w+)@(\\w+)", "me@host you@there", "$2 at $1");
        RegexCheck.replace("(a)(b)?", "ab a", "[$1|$2]");
        RegexCheck.replace("(\\d)", "a1b2", "$1$1");
        RegexCheck.replace("(a)", "a", "\\$1");
        RegexCheck.replace("(a)", "a", "$11");
        RegexCheck.replace("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "abcdefghijk", "$11-$10-$1");
        RegexCheck.replace("(?<n>x)", "x", "${n}${n}");
        RegexCheck.replace("a", "a", "$");
        RegexCheck.replace("a", "a", "\\");
        RegexCheck.replace("a", "a", "$x");
        RegexCheck.replace("(a)", "a", "$2");
        RegexCheck.replace("(a)", "a", "${nope}");
        RegexCheck.replace("a", "a", "${");
        RegexCheck.replace("a", "a", "$0$0");
    }
}
