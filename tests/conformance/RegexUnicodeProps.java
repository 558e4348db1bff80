import java.util.regex.*;

/** Unicode categories and java.lang.Character properties. */
public class RegexUnicodeProps {
    public static void main(String[] args) {
        RegexCheck.find("\\p{L}+", "abc\u00e9\u4e2d123");
        RegexCheck.find("\\p{Lu}+", "aBC\u00c9d");
        RegexCheck.find("\\p{Ll}+", "aBC\u00e9d");
        RegexCheck.find("\\p{N}+", "x123y");
        RegexCheck.find("\\p{IsAlphabetic}+", "ab1\u00e9");
        RegexCheck.find("\\p{javaLowerCase}+", "ab\u00e9CD");
        RegexCheck.find("\\p{javaUpperCase}+", "abCD\u00c9");
        RegexCheck.find("\\p{javaDigit}+", "a12b");
        RegexCheck.find("\\p{javaWhitespace}+", "a \tb");
        RegexCheck.find("\\pL+", "ab1");
        RegexCheck.find("\\PL+", "ab12");
        RegexCheck.find("\\p{IsL}+", "ab1");
        RegexCheck.find("\\p{Nd}+", "a12");
        RegexCheck.find("\\p{P}+", "a,.!b");
        RegexCheck.find("\\p{Sc}", "$5 \u00a33");
        RegexCheck.find("\\p{Zs}", "a b");
        RegexCheck.find("\\p{IsLetter}+", "ab1");
        RegexCheck.find("\\p{javaLetterOrDigit}+", "a1-b");
        RegexCheck.find("\\p{IsUppercase}+", "aBC");
        RegexCheck.find("\\p{InBasicLatin}+", "ab\u00e9");
    }
}
