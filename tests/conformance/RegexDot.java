import java.util.regex.*;

/** The dot and line terminators, with DOTALL and UNIX_LINES. */
public class RegexDot {
    public static void main(String[] args) {
        RegexCheck.find(".", "a\nb\rc\u0085d\u2028e");
        RegexCheck.find(".", Pattern.DOTALL, "a\nb");
        RegexCheck.find(".", Pattern.UNIX_LINES, "a\rb\nc");
        RegexCheck.find("(?s).+", "a\nb");
        RegexCheck.find("(?d).+", "a\rb\nc");
        RegexCheck.matches("a.c", "abc");
        RegexCheck.matches("a.c", "a\nc");
        RegexCheck.matches("(?s)a.c", "a\nc");
        RegexCheck.find(".*", "ab\ncd");
        RegexCheck.find("a..b", "a\r\nb");
    }
}
