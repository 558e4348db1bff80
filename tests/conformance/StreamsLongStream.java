import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** LongStream: ranges beyond int, overflowing sums, conversions. */
public class StreamsLongStream {
    public static void main(String[] args) {
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        System.out.println(LongStream.range(3_000_000_000L, 3_000_000_005L).sum());
        System.out.println(LongStream.of(Long.MAX_VALUE, 1).sum());
        System.out.println(LongStream.of(Long.MAX_VALUE, Long.MAX_VALUE).average().getAsDouble());
        System.out.println(LongStream.rangeClosed(Long.MAX_VALUE - 1, Long.MAX_VALUE).boxed().collect(Collectors.toList()));
        System.out.println(LongStream.range(Long.MIN_VALUE, Long.MIN_VALUE + 2).count());
        System.out.println(LongStream.range(10, 0).count() + " " + LongStream.rangeClosed(0, 0).count());
        System.out.println(Arrays.toString(LongStream.of(1, 2, 3).asDoubleStream().toArray()));
        System.out.println(LongStream.of(5, 6).mapToInt(l -> (int) l * 2).sum());
        System.out.println(LongStream.of(7).mapToObj(Long::toHexString).findFirst().get());
        System.out.println(LongStream.of(9, 2, 7).max() + " " + LongStream.empty().max());
        System.out.println(LongStream.of(1, 2, 3, 4).filter(l -> l % 2 == 0).mapToDouble(l -> l / 4.0).sum());
    }
}
