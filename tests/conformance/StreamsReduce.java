import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** reduce in its three forms, on objects and primitives, empty and not. */
public class StreamsReduce {
    public static void main(String[] args) {
        System.out.println(Stream.of(1, 2, 3, 4).reduce(0, Integer::sum));
        System.out.println(Stream.of(1, 2, 3, 4).reduce(Integer::max));
        System.out.println(Stream.<Integer>empty().reduce(Integer::max));
        System.out.println(Stream.of("a", "bb", "ccc").reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        System.out.println(Stream.of("x", "y", "z").reduce("", (a, b) -> a + b));
        System.out.println(IntStream.rangeClosed(1, 10).reduce(1, (a, b) -> a * b));
        System.out.println(IntStream.empty().reduce((a, b) -> a + b));
        System.out.println(IntStream.of(7).reduce((a, b) -> { throw new AssertionError(); }).getAsInt());
        Optional<String> longest = Stream.of("pear", "banana", "fig", "cherry").reduce((a, b) -> a.length() >= b.length() ? a : b);
        System.out.println(longest.get());
        try {
            Stream.of("a", "b").reduce((a, b) -> null);
        } catch (NullPointerException e) {
            System.out.println("NPE for a null reduction result");
        }
        System.out.println(Stream.of(1, 2, 3).reduce(10, (a, b) -> a - b));
    }
}
