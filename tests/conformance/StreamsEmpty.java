import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Every terminal operation on empty streams of each shape. */
public class StreamsEmpty {
    public static void main(String[] args) {
        System.out.println(Stream.empty().count() + " " + Stream.empty().findFirst() + " " + Stream.empty().findAny()
            + " " + Stream.<Integer>empty().max(Integer::compare) + " " + Arrays.toString(Stream.empty().toArray()));
        System.out.println(Stream.empty().collect(Collectors.toList()) + " " + Stream.empty().toList() + " " + Stream.empty().collect(Collectors.toSet()));
        System.out.println(IntStream.empty().sum() + " " + IntStream.empty().count() + " " + IntStream.empty().findFirst() + " " + IntStream.empty().summaryStatistics());
        System.out.println(LongStream.empty().sum() + " " + LongStream.empty().average() + " " + LongStream.empty().min());
        System.out.println(DoubleStream.empty().sum() + " " + DoubleStream.empty().max() + " " + Arrays.toString(DoubleStream.empty().toArray()));
        System.out.println(IntStream.of().boxed().collect(Collectors.groupingBy(i -> i)) + " " + Stream.of().iterator().hasNext());
        Stream.empty().forEach(x -> System.out.println("never"));
        System.out.println(IntStream.empty().anyMatch(i -> true) + " " + IntStream.empty().allMatch(i -> false) + " " + IntStream.empty().noneMatch(i -> true));
        System.out.println(Stream.empty().sorted().distinct().skip(1).limit(2).count());
    }
}
