import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** teeing (Java 12): two collectors over one pass, merged. */
public class StreamsTeeing {
    public static void main(String[] args) {
        double mean = Stream.of(2, 4, 9).collect(Collectors.teeing(Collectors.summingDouble(i -> i), Collectors.counting(), (s, n) -> s / n));
        System.out.println(mean);
        String range = Stream.of(5, 1, 9, 3).collect(Collectors.teeing(Collectors.minBy(Integer::compare), Collectors.maxBy(Integer::compare),
            (lo, hi) -> lo.get() + ".." + hi.get()));
        System.out.println(range);
        List<List<String>> split = Stream.of("a1", "b", "c2", "d").collect(Collectors.teeing(
            Collectors.filtering(s -> s.length() > 1, Collectors.toList()),
            Collectors.filtering(s -> s.length() == 1, Collectors.toList()), List::of));
        System.out.println(split);
        String both = Stream.<Integer>empty().collect(Collectors.teeing(Collectors.counting(), Collectors.toList(), (n, l) -> n + " " + l));
        System.out.println(both);
    }
}
