import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** mapMulti (Java 16): each element pushes zero or more replacements into a consumer. */
public class StreamsMapMulti {
    public static void main(String[] args) {
        List<Object> mixed = List.of(1, List.of(2, 3), "four", List.of(List.of(5)));
        System.out.println(mixed.stream().<Object>mapMulti((o, sink) -> {
            if (o instanceof List<?> l) {
                l.forEach(sink);
            } else {
                sink.accept(o);
            }
        }).collect(Collectors.toList()));
        System.out.println(Stream.of(1, 2, 3).<Integer>mapMulti((x, sink) -> {
            for (int i = 0; i < x; i++) {
                sink.accept(x);
            }
        }).collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 5).mapMulti((i, sink) -> {
            if (i % 2 == 0) {
                sink.accept(i);
                sink.accept(-i);
            }
        }).boxed().collect(Collectors.toList()));
        System.out.println(Stream.of("a", "bb").mapMultiToInt((s, sink) -> s.chars().forEach(sink)).sum());
        Stream.of(1, 2, 3).<Integer>mapMulti((x, sink) -> { sink.accept(x); sink.accept(x * 10); })
            .peek(x -> System.out.println("mm " + x)).limit(3).forEach(x -> { });
    }
}
