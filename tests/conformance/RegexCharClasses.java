import java.util.regex.*;

/** Bracket expressions: sets, ranges, negation, literal ] and -, escapes inside. */
public class RegexCharClasses {
    public static void main(String[] args) {
        RegexCheck.find("[abc]", "abcdef");
        RegexCheck.find("[a-c]+", "xxabcabcyy");
        RegexCheck.find("[^abc]+", "abcxyzabc");
        RegexCheck.find("[]a]", "a]b");
        RegexCheck.find("[^]a]+", "a]bcd");
        RegexCheck.find("[a-]", "a-b");
        RegexCheck.find("[-a]", "-ba");
        RegexCheck.find("[a\\-z]", "a-bz");
        RegexCheck.find("[.]", "a.b");
        RegexCheck.find("[$^]", "^$");
        RegexCheck.find("[\\]]", "]");
        RegexCheck.find("[0-9a-fA-F]+", "0x1fAc zz");
        RegexCheck.find("[\\t ]+", "a \t b");
        RegexCheck.find("[^\\s]+", "ab cd");
        RegexCheck.find("[\\d.]+", "v1.2.3");
        RegexCheck.find("[\\\\]", "a\\b");
        RegexCheck.find("[a-c&&]", "abc");
        RegexCheck.find("[\\Q-]\\E]", "a-]");
    }
}
