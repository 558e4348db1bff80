import java.util.regex.*;

/** Matcher reset, find(int), group errors, toString. */
public class RegexMatcherState {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("(a)(b)?").matcher("xaab");
        System.out.println(m);
        try { m.group(); } catch (RuntimeException e) { RegexCheck.fail("group", e); }
        try { m.start(); } catch (RuntimeException e) { RegexCheck.fail("start", e); }
        System.out.println(m.find() + " " + m.start() + " " + m.end() + " " + m.group(2) + " " + m.start(2) + " " + m);
        System.out.println(m.find() + " " + m.group() + " " + m.end(2));
        System.out.println(m.find());
        try { m.group(); } catch (RuntimeException e) { RegexCheck.fail("group after fail", e); }
        m.reset();
        System.out.println(m.find() + " " + m.start());
        System.out.println(m.find(2) + " " + m.group());
        try { m.group(3); } catch (RuntimeException e) { RegexCheck.fail("group(3)", e); }
        try { m.find(9); } catch (RuntimeException e) { RegexCheck.fail("RegexCheck.find(9)", e); }
        m.reset("ab");
        System.out.println(m.matches() + " " + m.groupCount() + " " + m.pattern());
        System.out.println(m.lookingAt() + " " + m.usePattern(Pattern.compile("b")).find() + " " + m.reset().find() + " " + m.start());
    }
}
