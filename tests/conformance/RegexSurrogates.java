import java.util.regex.*;

/** Supplementary characters are matched as single code points. */
public class RegexSurrogates {
    public static void main(String[] args) {
        RegexCheck.find(".", "a\ud83d\ude00b");
        RegexCheck.find("[\ud83d\ude00]", "x\ud83d\ude00");
        RegexCheck.find("\\x{1F600}", "\ud83d\ude00");
        RegexCheck.find("[^a]", "\ud83d\ude00");
        RegexCheck.matches(".{3}", "a\ud83d\ude00b");
        RegexCheck.find("\ud83d\ude00+", "\ud83d\ude00\ud83d\ude00");
        RegexCheck.split("", "a\ud83d\ude00", 0);
    }
}
