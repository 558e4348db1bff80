import java.util.regex.*;

/** UNICODE_CASE together with CASE_INSENSITIVE. */
public class RegexUnicodeCase {
    public static void main(String[] args) {
        RegexCheck.find("\u00e9", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, "\u00c9\u00e9");
        RegexCheck.find("(?iu)\u03c3", "\u03a3\u03c3");
        RegexCheck.find("(?iu)[\u00e0-\u00ff]+", "\u00c0\u00e9\u00c9");
        RegexCheck.find("(?iu)(.)\\1", "\u00e9\u00c9");
        RegexCheck.matches("(?iu)\u0434\u043e\u043c", "\u0414\u041e\u041c");
    }
}
