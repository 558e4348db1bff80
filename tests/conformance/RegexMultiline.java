import java.util.regex.*;

/** MULTILINE anchors at line terminators. */
public class RegexMultiline {
    public static void main(String[] args) {
        RegexCheck.find("^\\w+", Pattern.MULTILINE, "one\ntwo\r\nthree");
        RegexCheck.find("\\w+$", Pattern.MULTILINE, "one\ntwo\r\nthree");
        RegexCheck.find("(?m)^", "a\nb\n");
        RegexCheck.find("(?m)$", "a\nb\n");
        RegexCheck.find("(?m)^$", "a\n\nb");
        RegexCheck.find("(?m)^.", "a\r\nb\rc\u0085d");
        RegexCheck.find("(?md)^.", "a\r\nb\nc");
        RegexCheck.replace("(?m)^", "x\ny", "> ");
        RegexCheck.replace("(?m)$", "x\r\ny", ";");
        RegexCheck.find("(?m)\\Aa", "a\na");
        RegexCheck.find("(?m)a\\z", "a\na");
    }
}
