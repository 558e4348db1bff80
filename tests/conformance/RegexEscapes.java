import java.util.regex.*;

/** Character escapes: t n x u 0 octal c e Q..E. */
public class RegexEscapes {
    public static void main(String[] args) {
        RegexCheck.find("\\t", "a\tb");
        RegexCheck.find("\\n", "a\nb");
        RegexCheck.find("\\x41", "zAz");
        RegexCheck.find("\\x{263A}", "\u263a!");
        RegexCheck.find("\\u0042", "ABC");
        RegexCheck.find("\\0101", "ABA");
        RegexCheck.find("\\011", "a\tb");
        RegexCheck.find("\\cI", "a\tb");
        RegexCheck.find("\\e", "\u001b[");
        RegexCheck.find("\\a\\f", "\u0007\u000c");
        RegexCheck.find("\\Qa.b\\E", "a.b axb");
        RegexCheck.find("\\Q*+?", "x*+?");
        RegexCheck.find("\\Qab\\E+", "abbab");
        RegexCheck.find("\\\\", "a\\b");
        RegexCheck.find("\\r\\n", "x\r\ny");
        RegexCheck.find("[\\x41-\\x43]+", "ABCD");
        RegexCheck.find("\\u00e9", "caf\u00e9");
    }
}
