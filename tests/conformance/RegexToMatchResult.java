import java.util.regex.*;

/** toMatchResult snapshots survive later matching. */
public class RegexToMatchResult {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("(\\w)(\\d)?").matcher("a1 b");
        m.find();
        MatchResult r = m.toMatchResult();
        m.find();
        System.out.println(r.group() + " " + r.group(1) + " " + r.group(2) + " " + r.start() + " " + r.end(2) + " " + r.groupCount());
        System.out.println(m.group() + " " + m.group(2) + " " + m.start(2));
        MatchResult none = Pattern.compile("z").matcher("a").toMatchResult();
        try { none.group(); } catch (RuntimeException e) { RegexCheck.fail("none", e); }
        try { r.group(5); } catch (RuntimeException e) { RegexCheck.fail("r.group(5)", e); }
    }
}
