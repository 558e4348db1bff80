import java.util.*;

public class UtilJoinerTokenizer {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        System.out.println(j + " " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println(j + " " + j.length());
        j.add("a").add(null).add("c");
        System.out.println(j + " " + j.length());
        StringJoiner k = new StringJoiner("-", "<", ">");
        k.add("x").add("y");
        j.merge(k);
        System.out.println(j);
        System.out.println(new StringJoiner("|").add("1").add("2"));
        StringTokenizer st = new StringTokenizer("  the quick\tbrown\nfox  ");
        System.out.println(st.countTokens());
        while (st.hasMoreTokens()) {
            System.out.print("<" + st.nextToken() + ">");
        }
        System.out.println();
        StringTokenizer d = new StringTokenizer("a=1;b=2;;c", ";=", true);
        while (d.hasMoreElements()) {
            System.out.print("[" + d.nextElement() + "]");
        }
        System.out.println();
        StringTokenizer s2 = new StringTokenizer("k1:v1,k2:v2", ",");
        System.out.println(s2.nextToken() + " " + s2.nextToken(":") + " " + s2.countTokens());
        try {
            new StringTokenizer("").nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE");
        }
    }
}
