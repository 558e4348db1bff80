import java.util.regex.*;

/** Matcher regions, anchoring and transparent bounds. */
public class RegexRegion {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("\\d+").matcher("12ab345cd6");
        m.region(3, 8);
        while (m.find()) { System.out.println(m.group() + " " + m.start() + " " + m.regionStart() + " " + m.regionEnd()); }
        Matcher a = Pattern.compile("^b.$").matcher("abcd").region(1, 3);
        System.out.println(a.find() + " " + a.hasAnchoringBounds());
        a.reset(); a.region(1, 3); a.useAnchoringBounds(false);
        System.out.println(a.find());
        Matcher b = Pattern.compile("\\bcat").matcher("concat").region(3, 6);
        System.out.println(b.find() + " " + b.hasTransparentBounds());
        b.reset(); b.region(3, 6); b.useTransparentBounds(true);
        System.out.println(b.find());
        Matcher c = Pattern.compile("x(?=y)").matcher("xy").region(0, 1);
        System.out.println(c.find());
        c.reset(); c.region(0, 1); c.useTransparentBounds(true);
        System.out.println(c.find());
        System.out.println(Pattern.compile("b+").matcher("abbbc").region(1, 3).matches());
        try { m.region(5, 2); } catch (RuntimeException e) { RegexCheck.fail("region", e); }
    }
}
