import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** distinct keeps the first occurrence of each element, in encounter order, nulls included. */
public class StreamsDistinct {
    record Point(int x, int y) { }

    public static void main(String[] args) {
        System.out.println(Stream.of("b", "a", "b", "c", "a", "d").distinct().collect(Collectors.toList()));
        System.out.println(Stream.of(3, null, 1, 3, null, 2).distinct().collect(Collectors.toList()));
        System.out.println(IntStream.of(5, 1, 5, 2, 1, 9, 2).distinct().boxed().collect(Collectors.toList()));
        System.out.println(Arrays.toString(DoubleStream.of(0.0, -0.0, Double.NaN, 0.0, Double.NaN, 1.0).distinct().toArray()));
        System.out.println(Stream.of(new Point(1, 2), new Point(2, 1), new Point(1, 2)).distinct().count());
        Stream.of(1, 2, 1, 3, 2, 4).peek(x -> System.out.println("saw " + x)).distinct().limit(3).forEach(x -> System.out.println("kept " + x));
        System.out.println(IntStream.range(0, 1000).map(i -> i % 37).distinct().count());
    }
}
