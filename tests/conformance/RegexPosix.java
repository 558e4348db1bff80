import java.util.regex.*;

/** POSIX classes p{Lower} p{Upper} p{Alpha} p{Digit} p{Alnum} p{Punct} p{Space} and friends. */
public class RegexPosix {
    public static void main(String[] args) {
        RegexCheck.find("\\p{Lower}+", "abCDef");
        RegexCheck.find("\\p{Upper}+", "abCDef");
        RegexCheck.find("\\p{Alpha}+", "ab12cd");
        RegexCheck.find("\\p{Digit}+", "ab12cd");
        RegexCheck.find("\\p{Alnum}+", "a1-b2");
        RegexCheck.find("\\p{Punct}+", "a!@#b.,c");
        RegexCheck.find("\\p{Space}+", "a \tb");
        RegexCheck.find("\\p{XDigit}+", "xdeadbeefz");
        RegexCheck.find("\\p{Blank}+", "a \t\nb");
        RegexCheck.find("\\p{Cntrl}", "a\u0001b\u007f");
        RegexCheck.find("\\p{Graph}+", "a b~c");
        RegexCheck.find("\\p{Print}+", "a b\u0001c");
        RegexCheck.find("\\p{ASCII}+", "ab\u00e9c");
        RegexCheck.find("\\P{Alpha}+", "ab12cd");
        RegexCheck.find("[\\p{Lower}\\p{Digit}]+", "aB3cD");
    }
}
