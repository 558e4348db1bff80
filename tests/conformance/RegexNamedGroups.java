import java.util.regex.*;

/** Named groups, k<name>, start/end by name. */
public class RegexNamedGroups {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})").matcher("on 2024-05 and 1999-12");
        while (m.find()) {
            System.out.println(m.group("year") + "/" + m.group("month") + " " + m.start("month") + "-" + m.end("month") + " " + m.group(1));
        }
        RegexCheck.find("(?<c>.)\\k<c>", "aabccd");
        RegexCheck.replace("(?<first>\\w+) (?<last>\\w+)", "John Smith", "${last}, ${first}");
        try { m.group("day"); } catch (RuntimeException e) { RegexCheck.fail("group(day)", e); }
        Matcher n = Pattern.compile("(?<a>x)|(?<b>y)").matcher("y"); n.find();
        System.out.println(n.group("a") + " " + n.group("b") + " " + n.start("a") + " " + n.groupCount());
        RegexCheck.find("(?<A1b>q)", "qq");
    }
}
