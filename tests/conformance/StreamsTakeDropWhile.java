import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** takeWhile/dropWhile (Java 9): prefixes by predicate, with takeWhile short-circuiting infinite streams. */
public class StreamsTakeDropWhile {
    public static void main(String[] args) {
        System.out.println(Stream.of(1, 2, 3, 10, 1, 2).takeWhile(x -> x < 5).collect(Collectors.toList()));
        System.out.println(Stream.of(1, 2, 3, 10, 1, 2).dropWhile(x -> x < 5).collect(Collectors.toList()));
        System.out.println(IntStream.iterate(1, i -> i * 2).takeWhile(i -> i < 1000).sum());
        System.out.println(IntStream.range(0, 10).dropWhile(i -> i != 7).boxed().collect(Collectors.toList()));
        System.out.println(LongStream.rangeClosed(1, 5).takeWhile(l -> l < 4).count());
        System.out.println(DoubleStream.of(0.5, 1.5, 2.5, 0.1).dropWhile(d -> d < 2).count());
        Stream.of("a", "b", "stop", "c").peek(s -> System.out.println("peek " + s)).takeWhile(s -> !s.equals("stop")).forEach(s -> System.out.println("take " + s));
        Stream.of(1, 2, 3).peek(s -> System.out.println("peek " + s)).dropWhile(s -> s < 2).forEach(s -> System.out.println("drop " + s));
        System.out.println(Stream.<String>empty().takeWhile(s -> true).count());
    }
}
