import java.util.regex.*;

/** Common patterns on long inputs must not exhaust the stack. */
public class RegexLongInput {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200000; i++) { sb.append(i % 7 == 0 ? ' ' : (char) ('a' + i % 26)); }
        String s = sb.toString();
        System.out.println(s.split("\\s+").length);
        System.out.println(Pattern.compile("[a-z]*").matcher(s.replace(" ", "")).matches());
        System.out.println(Pattern.compile(".*").matcher(s).matches());
        System.out.println(Pattern.compile("(?s).*z").matcher(s).lookingAt());
        System.out.println(s.replaceAll("\\s+", "").length());
        System.out.println(Pattern.compile("\\w+?x").matcher("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".repeat(1000) + "x").find());
        StringBuilder d = new StringBuilder(); for (int i = 0; i < 100000; i++) { d.append("1"); }
        System.out.println(d.toString().matches("\\d+") + " " + d.toString().matches("[0-9]*+") + " " + d.toString().matches("\\d{100000}"));
    }
}
