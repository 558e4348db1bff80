import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** A small word-count tool: writes a text file, reads it back, counts words and prints a report. */
public class IoWordReport {
    static final String TEXT = String.join("\n",
        "The quick brown fox jumps over the lazy dog.",
        "The dog barks; the fox runs away, quick as a fox can be!",
        "",
        "A lazy afternoon: the dog sleeps, the fox watches.",
        "Quick thinking is rare -- lazy thinking is common.",
        "Über-fast foxes and naïve dogs: the café is closed.");

    public static void main(String[] args) throws IOException {
        File dir = workDir("IoWordReport");
        File input = new File(dir, "input.txt");
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(input), StandardCharsets.UTF_8))) {
            for (String line : TEXT.split("\n")) {
                w.write(line);
                w.newLine();
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        int lines = 0, words = 0, chars = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(input), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines++;
                chars += line.length();
                for (String token : line.toLowerCase().split("[^\\p{L}]+")) {
                    if (token.isEmpty()) continue;
                    words++;
                    counts.merge(token, 1, Integer::sum);
                }
            }
        }
        System.out.printf("File: %s (%d bytes)%n", input.getName(), input.length());
        System.out.printf("Lines: %d, words: %d, characters: %d, distinct: %d%n", lines, words, chars, counts.size());
        System.out.println("HashMap order of first keys: " + counts.keySet().stream().limit(8).collect(Collectors.toList()));
        List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(10)
            .collect(Collectors.toList());
        System.out.println("Rank  Word          Count  Share");
        int rank = 1;
        for (Map.Entry<String, Integer> e : top) {
            System.out.printf("%4d  %-12s %6d  %5.1f%%%n", rank++, e.getKey(), e.getValue(), 100.0 * e.getValue() / words);
        }
        Map<Integer, List<String>> byLength = counts.keySet().stream()
            .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        for (Map.Entry<Integer, List<String>> e : byLength.entrySet()) {
            List<String> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
            System.out.printf("len %2d: %s%n", e.getKey(), sorted);
        }
        String longest = counts.keySet().stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
        System.out.printf("Longest word: %s (%d)%n", longest, longest.length());
        double avg = counts.keySet().stream().mapToInt(String::length).average().orElse(0);
        System.out.printf("Average distinct word length: %.3f%n", avg);
        System.out.println("Deleted: " + input.delete() + " " + dir.delete() + " exists: " + dir.exists());
    }

    static File workDir(String prog) {
        while (true) {
            File d = new File(System.getProperty("java.io.tmpdir"), prog + "-" + System.nanoTime());
            if (d.mkdir()) return d;
        }
    }
}
