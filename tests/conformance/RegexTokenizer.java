import java.util.regex.*;

/** A tiny expression tokenizer using G and alternation. */
public class RegexTokenizer {
    public static void main(String[] args) {
        String src = "x1 = 3.25 * (y + 42) - foo(a, b) >= 7";
        Pattern tok = Pattern.compile("\\G\\s*(?:(?<num>\\d+(?:\\.\\d+)?)|(?<id>[A-Za-z_]\\w*)|(?<op>>=|<=|==|[-+*/=(),<>]))");
        Matcher m = tok.matcher(src);
        int end = 0;
        while (m.find()) {
            String kind = m.group("num") != null ? "NUM" : m.group("id") != null ? "ID" : "OP";
            System.out.println(kind + " " + m.group().trim() + " @" + m.start());
            end = m.end();
        }
        System.out.println("stopped at " + end + " of " + src.length());
        Matcher bad = tok.matcher("a $ b");
        while (bad.find()) { System.out.println("tok " + bad.group().trim()); }
    }
}
