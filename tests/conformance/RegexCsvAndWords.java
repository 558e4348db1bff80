import java.util.regex.*;

/** Word counting and CSV-ish parsing with look-ahead splits. */
public class RegexCsvAndWords {
    public static void main(String[] args) {
        String text = "The quick brown fox. The lazy dog! the end? Fox-trot, dog's day.";
        String[] words = text.toLowerCase().split("[^a-z']+");
        System.out.println(words.length + " " + String.join("|", words));
        String csv = "a,\"b,c\",d,\"e \"\"q\"\"\",,f";
        String[] cells = csv.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        for (String c : cells) { System.out.println(RegexCheck.show(c)); }
        Matcher m = Pattern.compile("\\b(\\w)(\\w*)\\b").matcher("make each word title case");
        StringBuilder sb = new StringBuilder();
        while (m.find()) { m.appendReplacement(sb, m.group(1).toUpperCase() + "$2"); }
        System.out.println(m.appendTail(sb));
        System.out.println("camelCaseStringHere".replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
        System.out.println("  trim   inner   spaces  ".trim().replaceAll(" {2,}", " "));
    }
}
