import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** flatMap flattens in order, closes each inner stream, and stops pulling inner elements once downstream is done. */
public class StreamsFlatMap {
    public static void main(String[] args) {
        List<List<Integer>> nested = Arrays.asList(Arrays.asList(1, 2), Arrays.asList(), Arrays.asList(3, 4, 5));
        System.out.println(nested.stream().flatMap(List::stream).map(i -> i * i).collect(Collectors.toList()));
        System.out.println(Stream.of("ab", "cde").flatMapToInt(String::chars).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("-")));
        Stream.of(1, 2, 3)
            .flatMap(i -> Stream.of(i, i * 10).peek(x -> System.out.println("inner " + x)).onClose(() -> System.out.println("closed " + i)))
            .limit(3)
            .forEach(x -> System.out.println("out " + x));
        System.out.println(IntStream.rangeClosed(1, 4).flatMap(i -> IntStream.range(0, i)).sum());
        System.out.println(Stream.of("x", "y").flatMap(s -> null).count());
        System.out.println(Stream.of(1, 2).flatMapToLong(i -> java.util.stream.LongStream.of(i, -i)).boxed().collect(Collectors.toList()));
        System.out.println(Stream.of(1.5, 2.5).flatMapToDouble(d -> java.util.stream.DoubleStream.of(d, d)).sum());
        System.out.println(Stream.of("a b", "c d e").flatMap(s -> Arrays.stream(s.split(" "))).anyMatch(w -> w.equals("d")));
    }
}
