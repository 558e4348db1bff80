import java.util.regex.*;

/** Atomic groups (?>...). */
public class RegexAtomic {
    public static void main(String[] args) {
        RegexCheck.matches("(?>a*)a", "aaa");
        RegexCheck.matches("(?>a|ab)c", "abc");
        RegexCheck.matches("(?>ab|a)c", "abc");
        RegexCheck.find("(?>\\d+)\\d", "123");
        RegexCheck.find("(?>x+)y", "xxy");
        RegexCheck.matches("a(?>bc|b)c", "abcc");
        RegexCheck.matches("(?>(a)b|ac)", "ac");
    }
}
