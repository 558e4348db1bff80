import java.util.regex.*;

/** Predefined classes d D s S w W h H v V and dot. */
public class RegexPredefined {
    public static void main(String[] args) {
        RegexCheck.find("\\d+", "a12b345");
        RegexCheck.find("\\D+", "a12b345");
        RegexCheck.find("\\s+", "a \t\n\u000bb\u000cc");
        RegexCheck.find("\\S+", " ab  cd ");
        RegexCheck.find("\\w+", "hi_there, x-y 42");
        RegexCheck.find("\\W+", "hi_there, x-y");
        RegexCheck.find("\\h+", "a \u00a0\tb\nc");
        RegexCheck.find("\\H+", "a b");
        RegexCheck.find("\\v", "a\nb\u000bc\rd\u2028");
        RegexCheck.find("\\V+", "ab\ncd");
        RegexCheck.find("\\d", "\u0663");
        RegexCheck.find("\\w", "\u00e9");
        RegexCheck.find("\\s", "\u00a0");
        RegexCheck.find("\\R", "a\r\nb\nc\rd");
        RegexCheck.find(".+", "ab\ncd");
    }
}
