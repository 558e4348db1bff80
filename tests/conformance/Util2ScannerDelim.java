import java.util.*;
import java.util.regex.*;

/** Scanner.useDelimiter with regular expressions, skip, findInLine, hasNext(pattern). */
public class Util2ScannerDelim {
    public static void main(String[] args) {
        Scanner s = new Scanner("a,b,,c, d ,e").useDelimiter(",");
        while (s.hasNext()) {
            System.out.print("[" + s.next() + "]");
        }
        System.out.println();
        Scanner t = new Scanner("1 fish 2 fish red fish blue fish").useDelimiter("\\s*fish\\s*");
        System.out.println(t.nextInt() + " " + t.nextInt() + " " + t.next() + " " + t.next() + " " + t.hasNext());
        Scanner u = new Scanner("k1=v1;k2=v2;;k3=v3").useDelimiter("[;=]+");
        Map<String, String> m = new TreeMap<>();
        while (u.hasNext()) {
            m.put(u.next(), u.next());
        }
        System.out.println(m + " " + u.delimiter());
        Scanner v = new Scanner("10|20|x|30").useDelimiter(Pattern.compile("\\|"));
        int sum = 0;
        while (v.hasNext()) {
            if (v.hasNextInt()) {
                sum += v.nextInt();
            } else {
                System.out.println("skip " + v.next());
            }
        }
        System.out.println(sum);
        Scanner w = new Scanner("line one\nline two\n").useDelimiter("\n");
        System.out.println(w.next() + "|" + w.next() + "|" + w.hasNext());
        Scanner x = new Scanner("abc123def456");
        System.out.println(x.findInLine("\\d+") + " " + x.findInLine("[a-z]+") + " " + x.findInLine("zz") + " " + x.next());
        Scanner y = new Scanner("   hello world");
        y.skip("\\s*");
        System.out.println("[" + y.nextLine() + "]");
        Scanner z = new Scanner("2024-01-15 rest");
        z.findInLine("(\\d+)-(\\d+)-(\\d+)");
        MatchResult r = z.match();
        System.out.println(r.group(1) + "/" + r.group(2) + "/" + r.group(3) + " " + r.groupCount());
        try {
            new Scanner("abc").skip("\\d");
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        Scanner p = new Scanner("cat dog 42 cow");
        System.out.println(p.hasNext("c.t") + " " + p.next("c.t") + " " + p.hasNext("c.t") + " " + p.hasNext("[a-z]+"));
        try {
            p.next("\\d+");
        } catch (InputMismatchException e) {
            System.out.println(e + " " + p.next());
        }
        Scanner q = new Scanner("a1b2c3").useDelimiter("\\d");
        StringBuilder sb = new StringBuilder();
        while (q.hasNext()) {
            sb.append(q.next());
        }
        System.out.println(sb);
        Scanner csv = new Scanner("name,age\nann,31\nbob,27\n");
        csv.nextLine();
        int total = 0;
        while (csv.hasNextLine()) {
            String[] f = csv.nextLine().split(",");
            total += Integer.parseInt(f[1]);
            System.out.println(f[0] + " -> " + f[1]);
        }
        System.out.println(total);
        Scanner reset = new Scanner("1;2 3").useDelimiter(";");
        System.out.println(reset.next() + " " + reset.reset().next() + " " + reset.delimiter() + " " + reset.radix());
    }
}
