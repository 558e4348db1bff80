import java.util.regex.*;

/** appendReplacement/appendTail with StringBuilder and StringBuffer. */
public class RegexAppendReplacement {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("cat").matcher("one cat two cats in the yard");
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (m.find()) { m.appendReplacement(sb, "dog" + (++n)); }
        m.appendTail(sb);
        System.out.println(sb);
        Matcher k = Pattern.compile("(\\w+)=(\\w+)").matcher("a=1, b=2");
        StringBuffer buf = new StringBuffer();
        while (k.find()) { k.appendReplacement(buf, "$2=$1"); }
        System.out.println(k.appendTail(buf));
        try { Pattern.compile("x").matcher("x").appendReplacement(new StringBuilder(), "y"); } catch (RuntimeException e) { RegexCheck.fail("no match", e); }
        Matcher z = Pattern.compile("z").matcher("abc"); StringBuilder t = new StringBuilder(">"); System.out.println(z.appendTail(t));
    }
}
