import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** skip and limit in every combination, on finite and infinite streams. */
public class StreamsSkipLimit {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).skip(3).limit(4).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 10).limit(4).skip(3).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.range(0, 5).skip(10).count());
        System.out.println(IntStream.range(0, 5).limit(100).count());
        System.out.println(Stream.iterate(1, x -> x + 1).skip(1000).limit(3).collect(Collectors.toList()));
        System.out.println(LongStream.range(0, 20).skip(5).limit(5).skip(2).sum());
        System.out.println(Stream.of("a", "b", "c").limit(0).collect(Collectors.toList()));
        System.out.println(Stream.of("a", "b", "c").skip(Long.MAX_VALUE).count());
        System.out.println(Stream.of("a", "b", "c").limit(Long.MAX_VALUE).count());
        System.out.println(IntStream.rangeClosed(1, 20).filter(i -> i % 3 == 0).skip(1).limit(3).boxed().collect(Collectors.toList()));
    }
}
