import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** groupingBy with one, two and three arguments; the default map is a HashMap. */
public class StreamsGroupingBy {
    public static void main(String[] args) {
        List<String> words = List.of("ant", "bee", "cat", "deer", "eagle", "fox", "goat", "heron", "ibis");
        System.out.println(words.stream().collect(Collectors.groupingBy(String::length)));
        System.out.println(words.stream().collect(Collectors.groupingBy(w -> w.charAt(0) < 'e', Collectors.counting())));
        Map<Integer, String> joined = words.stream().collect(Collectors.groupingBy(String::length, LinkedHashMap::new, Collectors.joining("+")));
        System.out.println(joined + " " + joined.getClass().getSimpleName());
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).collect(Collectors.groupingBy(i -> i % 3, Collectors.summingInt(i -> i))));
        System.out.println(Stream.of("x", "yy", "zz", "www").collect(Collectors.groupingBy(String::length, Collectors.mapping(String::toUpperCase, Collectors.toList()))));
        try {
            Stream.of("a").collect(Collectors.groupingBy(s -> null));
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Stream.<String>empty().collect(Collectors.groupingBy(String::length)));
        Map<Boolean, Map<Integer, List<String>>> nested = words.stream()
            .collect(Collectors.groupingBy(w -> w.length() % 2 == 0, Collectors.groupingBy(String::length)));
        System.out.println(nested);
    }
}
