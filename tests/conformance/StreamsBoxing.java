import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Moving between object and primitive streams: boxed, mapToObj, mapToInt/Long/Double, asLongStream/asDoubleStream. */
public class StreamsBoxing {
    public static void main(String[] args) {
        List<Integer> boxed = IntStream.of(3, 1, 2).boxed().collect(Collectors.toList());
        System.out.println(boxed);
        System.out.println(Stream.of("1", "22", "333").mapToInt(Integer::parseInt).sum());
        System.out.println(Stream.of("a", "bb").mapToLong(String::length).sum());
        System.out.println(Stream.of(1, 2).mapToDouble(i -> i / 4.0).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 3).asLongStream().map(l -> l << 40).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 3).asDoubleStream().map(Math::sqrt).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(65, 70).mapToObj(c -> (char) c).map(String::valueOf).collect(Collectors.joining()));
        System.out.println(IntStream.of(1, 2).mapToLong(i -> i * 3_000_000_000L).sum());
        System.out.println(IntStream.of(1, 2).mapToDouble(i -> i + 0.5).sum());
        System.out.println(Stream.of(2.9, -2.9).mapToInt(Double::intValue).boxed().collect(Collectors.toList()));
        System.out.println(java.util.stream.DoubleStream.of(1.7, 2.2).mapToLong(Math::round).sum());
        System.out.println(java.util.stream.DoubleStream.of(1.7, 2.2).mapToObj(d -> "d" + d).collect(Collectors.toList()));
    }
}
