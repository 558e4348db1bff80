import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** reducing (three forms), minBy/maxBy and collectingAndThen. */
public class StreamsReducingCollectors {
    public static void main(String[] args) {
        System.out.println(Stream.of(1, 2, 3, 4).collect(Collectors.reducing(0, Integer::sum)));
        System.out.println(Stream.of(1, 2, 3, 4).collect(Collectors.reducing(Integer::max)));
        System.out.println(Stream.<Integer>empty().collect(Collectors.reducing(Integer::max)));
        System.out.println(Stream.of("a", "bbb", "cc").collect(Collectors.reducing(0, String::length, Integer::sum)));
        System.out.println(Stream.of("kiwi", "fig", "plum", "date").collect(Collectors.minBy(Comparator.comparing(String::length))));
        System.out.println(Stream.of("kiwi", "fig", "plum", "date").collect(Collectors.maxBy(Comparator.comparing(String::length))));
        System.out.println(Stream.<String>empty().collect(Collectors.maxBy(Comparator.naturalOrder())));
        List<String> un = Stream.of("b", "a").collect(Collectors.collectingAndThen(Collectors.toList(), List::copyOf));
        System.out.println(un);
        String counted = Stream.of(1, 2, 3).collect(Collectors.collectingAndThen(Collectors.counting(), n -> "count=" + n));
        System.out.println(counted);
        System.out.println(Stream.of("x", "y").collect(Collectors.groupingBy(String::length, Collectors.collectingAndThen(Collectors.toList(), List::size))));
        System.out.println(Stream.of("p", "q", "r").collect(Collectors.groupingBy(s -> 1, Collectors.reducing("", (a, b) -> a + b))));
    }
}
