import java.util.regex.*;

/** Shared printing helpers for the Regex* programs (find, matches, replace, split), checked by its own main. */
public class RegexCheck {

    static String show(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 32 || c > 126) {
                sb.append("\\u").append(Integer.toHexString(c + 0x10000).substring(1));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static void fail(String what, RuntimeException e) {
        System.out.println(what + " -> " + e.getClass().getName() + ": " + show(e.getMessage()));
    }

    static void find(String re, String in) {
        find(re, 0, in);
    }

    static void find(String re, int flags, String in) {
        try {
            Matcher m = Pattern.compile(re, flags).matcher(in);
            StringBuilder sb = new StringBuilder(show(re) + " ~ " + show(in) + ":");
            int n = 0;
            while (m.find() && n++ < 40) {
                sb.append(" [").append(m.start()).append(',').append(m.end()).append(' ').append(show(m.group()));
                for (int g = 1; g <= m.groupCount(); g++) {
                    sb.append(" g").append(g).append('=').append(show(m.group(g)));
                }
                sb.append(']');
            }
            if (n == 0) {
                sb.append(" none");
            }
            System.out.println(sb);
        } catch (RuntimeException e) {
            fail(show(re), e);
        }
    }

    static void matches(String re, String in) {
        matches(re, 0, in);
    }

    static void matches(String re, int flags, String in) {
        try {
            Matcher m = Pattern.compile(re, flags).matcher(in);
            boolean full = m.matches();
            StringBuilder sb = new StringBuilder(show(re) + " matches " + show(in) + ": " + full);
            if (full) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    sb.append(" g").append(g).append('=').append(show(m.group(g)));
                }
            }
            sb.append(" lookingAt=").append(Pattern.compile(re, flags).matcher(in).lookingAt());
            System.out.println(sb);
        } catch (RuntimeException e) {
            fail(show(re), e);
        }
    }

    static void replace(String re, String in, String rep) {
        try {
            System.out.println(show(re) + " in " + show(in) + " -> " + show(rep) + ": all=" + show(in.replaceAll(re, rep))
                    + " first=" + show(in.replaceFirst(re, rep)));
        } catch (RuntimeException e) {
            fail(show(re) + " / " + show(rep), e);
        }
    }

    static void split(String re, String in, int limit) {
        try {
            String[] parts = in.split(re, limit);
            StringBuilder sb = new StringBuilder(show(in) + ".split(" + show(re) + ", " + limit + ") = " + parts.length + ":");
            for (String p : parts) {
                sb.append(' ').append(show(p));
            }
            System.out.println(sb);
        } catch (RuntimeException e) {
            fail(show(re), e);
        }
    }

    public static void main(String[] args) {
        find("(\\d)(x)?", "a1b2x");
        matches("a(b)", "ab");
        replace("b", "abc", "[$0]");
        split(",", "a,,b,,", 0);
        find("(", "x");
        System.out.println(show("tab\there\u00e9\n"));
    }
}
