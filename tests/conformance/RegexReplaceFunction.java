import java.util.regex.*;

/** Matcher.replaceAll/replaceFirst with a Function<MatchResult,String>. */
public class RegexReplaceFunction {
    public static void main(String[] args) {
        Matcher m = Pattern.compile("\\d+").matcher("a1b22c333");
        System.out.println(m.replaceAll(r -> String.valueOf(Integer.parseInt(r.group()) * 2)));
        System.out.println(m.replaceFirst(r -> "<" + r.group() + ">"));
        System.out.println(Pattern.compile("(\\w)(\\w*)").matcher("hello big world").replaceAll(r -> r.group(1).toUpperCase() + r.group(2)));
        System.out.println(Pattern.compile("x").matcher("abc").replaceAll(r -> "y"));
        System.out.println(Pattern.compile("(a)").matcher("aa").replaceAll(r -> "$1$1"));
        System.out.println(Pattern.compile("[a-z]").matcher("a-b").replaceAll(r -> r.start() + ""));
    }
}
