import java.io.*;
import java.util.*;

/** A small tool on Scanner: word frequencies and number totals from a text read through an InputStream. */
public class Util2ScannerWords {
    public static void main(String[] args) throws Exception {
        String text = "It was the best of times, it was the worst of times;\n"
            + "it was the age of wisdom, it was the age of foolishness.\n"
            + "Totals: 12 apples, 7 pears and 30 plums; 1,500 grapes!\n"
            + "3.5 kg of flour, -2 eggs (returned), and TRUE facts.\n";
        Scanner sc = new Scanner(new ByteArrayInputStream(text.getBytes("UTF-8")));
        sc.useDelimiter("[^A-Za-z0-9.,-]+");
        Map<String, Integer> freq = new HashMap<>();
        long ints = 0;
        double doubles = 0;
        int lines = 0;
        while (sc.hasNext()) {
            if (sc.hasNextInt()) {
                ints += sc.nextInt();
            } else if (sc.hasNextDouble()) {
                doubles += sc.nextDouble();
            } else {
                String w = sc.next().toLowerCase().replaceAll("[.,]+$", "");
                freq.merge(w, 1, Integer::sum);
            }
        }
        System.out.println("ints=" + ints + " doubles=" + doubles);
        List<Map.Entry<String, Integer>> es = new ArrayList<>(freq.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> e : es.subList(0, 8)) {
            System.out.printf("%-8s %2d%n", e.getKey(), e.getValue());
        }
        Scanner ls = new Scanner(text);
        while (ls.hasNextLine()) {
            String line = ls.nextLine();
            lines++;
            Scanner ws = new Scanner(line);
            int w = 0;
            while (ws.hasNext()) {
                ws.next();
                w++;
            }
            System.out.println(lines + ": " + w + " words, " + line.length() + " chars");
        }
    }
}
