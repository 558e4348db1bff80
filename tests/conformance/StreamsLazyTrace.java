import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Streams evaluate element by element: a peek trace of filter/map/limit interleaves as on HotSpot. */
public class StreamsLazyTrace {
    public static void main(String[] args) {
        List<Integer> out = Stream.of(5, 2, 8, 1, 9, 4, 7)
            .peek(x -> System.out.println("source " + x))
            .filter(x -> { System.out.println("filter " + x); return x > 3; })
            .map(x -> { System.out.println("map " + x); return x * 10; })
            .limit(3)
            .collect(Collectors.toList());
        System.out.println(out);
        Stream<String> s = Stream.of("a", "b", "c").peek(x -> System.out.println("never " + x));
        System.out.println("built, nothing ran yet");
        s.forEach(x -> System.out.println("got " + x));
        Stream.of(1, 2, 3, 4).peek(x -> System.out.println("p " + x)).limit(0).forEach(System.out::println);
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6).peek(x -> System.out.println("q " + x)).skip(2).limit(2).collect(Collectors.toList()));
    }
}
