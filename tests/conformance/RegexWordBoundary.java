import java.util.regex.*;

/** b and B. */
public class RegexWordBoundary {
    public static void main(String[] args) {
        RegexCheck.find("\\bcat\\b", "cat concat cat.");
        RegexCheck.find("\\Bcat", "cat concat");
        RegexCheck.find("\\b", "ab cd");
        RegexCheck.find("\\B", "ab cd");
        RegexCheck.find("\\b\\w", "hello big world");
        RegexCheck.find("\\b\u00e9", " \u00e9t\u00e9");
        RegexCheck.find("\\bx\\b", "x_x x");
        RegexCheck.replace("\\b", "ab c", "|");
        RegexCheck.find("\\b\\d+\\b", "12 a34 56");
    }
}
