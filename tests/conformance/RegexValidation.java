import java.util.regex.*;

/** Typical validation patterns: e-mail, IPv4, dates, hex colours, identifiers. */
public class RegexValidation {
    public static void main(String[] args) {
        String email = "^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$";
        String ip = "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$";
        String[] emails = {"a@b.co", "first.last+tag@sub.example.org", "bad@", "@bad.com", "no at.com"};
        for (String e : emails) { System.out.println(e + " " + e.matches(email)); }
        String[] ips = {"192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "10.0.0.10"};
        for (String s : ips) { System.out.println(s + " " + s.matches(ip)); }
        String[] colours = {"#fff", "#A0b1C2", "#ggg", "fff", "#abcd"};
        for (String c : colours) { System.out.println(c + " " + Pattern.compile("#(?:[0-9a-f]{3}){1,2}", Pattern.CASE_INSENSITIVE).matcher(c).matches()); }
        String[] dates = {"2024-02-29", "2024-13-01", "1999-12-31", "99-1-1"};
        for (String d : dates) { System.out.println(d + " " + d.matches("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])")); }
        String[] ids = {"_x", "9a", "a9", "$ok", "caf\u00e9"};
        for (String s : ids) { System.out.println(s + " " + s.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*")); }
    }
}
