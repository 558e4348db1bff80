import java.util.regex.*;

/** Unions of nested classes. */
public class RegexClassUnion {
    public static void main(String[] args) {
        RegexCheck.find("[a[bc]]", "abcd");
        RegexCheck.find("[a-c[x-z]]+", "abcmxyz");
        RegexCheck.find("[^a[bc]]+", "abcdef");
        RegexCheck.find("[[a][b]]", "abc");
        RegexCheck.find("[\\d[a-b]]+", "1a2bc3");
        RegexCheck.find("[a-d[^c]]+", "abcdefgh");
        RegexCheck.find("[[^a]b]+", "abab");
    }
}
