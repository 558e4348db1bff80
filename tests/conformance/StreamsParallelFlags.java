import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** parallel(), sequential() and unordered() change flags, not results, for these deterministic pipelines. */
public class StreamsParallelFlags {
    public static void main(String[] args) {
        Stream<Integer> s = Stream.of(1, 2, 3);
        System.out.println(s.isParallel());
        Stream<Integer> p = s.parallel();
        System.out.println(p.isParallel() + " " + (p == s));
        System.out.println(p.map(x -> x * 2).sequential().isParallel());
        System.out.println(IntStream.range(0, 100).parallel().sum());
        System.out.println(IntStream.range(0, 10).parallel().boxed().collect(Collectors.toList()));
        System.out.println(List.of("a", "b", "c").parallelStream().isParallel());
        System.out.println(List.of("a", "b", "c").parallelStream().map(String::toUpperCase).collect(Collectors.joining()));
        System.out.println(Stream.of(5, 4, 3).unordered().sorted().collect(Collectors.toList()));
        System.out.println(IntStream.rangeClosed(1, 5).parallel().reduce(0, Integer::sum));
        System.out.println(Stream.of("x", "y", "z").parallel().findFirst().get());
        System.out.println(IntStream.range(0, 20).parallel().filter(i -> i % 7 == 3).boxed().collect(Collectors.toList()));
    }
}
