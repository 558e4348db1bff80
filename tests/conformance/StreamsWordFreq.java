import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A word-frequency report: split, normalise, group and count, then sort by count and word. */
public class StreamsWordFreq {
    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs "
            + "a quick brown dog jumps over a lazy fox";
        Map<String, Long> freq = Arrays.stream(text.split(" "))
            .map(String::toLowerCase)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println(freq);
        freq.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(5)
            .forEach(e -> System.out.printf("%-6s %2d%n", e.getKey(), e.getValue()));
        System.out.println(freq.keySet().stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()))
            .collect(Collectors.joining(" ")));
        System.out.println(freq.values().stream().mapToLong(Long::longValue).sum() + " words, " + freq.size() + " distinct");
        System.out.println(Arrays.stream(text.split(" ")).collect(Collectors.groupingBy(String::length, Collectors.toSet())));
    }
}
