import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** toMap: plain, merging, with a map factory; duplicate keys and null values fail as on HotSpot. */
public class StreamsToMap {
    public static void main(String[] args) {
        Map<String, Integer> lengths = Stream.of("apple", "fig", "banana").collect(Collectors.toMap(Function.identity(), String::length));
        System.out.println(lengths);
        try {
            Stream.of("one", "two", "six").collect(Collectors.toMap(String::length, s -> s));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Stream.of("one", "two", "three", "four").collect(Collectors.toMap(String::length, s -> s, (a, b) -> a + "|" + b)));
        Map<Character, Integer> counts = Stream.of("banana", "apple", "blueberry", "avocado", "cherry")
            .collect(Collectors.toMap(s -> s.charAt(0), s -> 1, Integer::sum, LinkedHashMap::new));
        System.out.println(counts + " " + counts.getClass().getSimpleName());
        try {
            Stream.of("a").collect(Collectors.toMap(s -> s, s -> null));
        } catch (NullPointerException e) {
            System.out.println("null value rejected");
        }
        Map<Integer, String> squares = Stream.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)
            .collect(Collectors.toMap(i -> i * i, i -> "n" + i));
        System.out.println(squares);
        Map<String, Integer> um = Stream.of("k").collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        try {
            um.put("z", 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable " + um);
        }
    }
}
