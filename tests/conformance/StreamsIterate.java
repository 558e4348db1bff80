import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** iterate (two and three arguments) and generate: lazily computed, next value only when it is needed. */
public class StreamsIterate {
    static int calls;

    public static void main(String[] args) {
        System.out.println(Stream.iterate(1, x -> { calls++; return x * 2; }).limit(5).collect(Collectors.toList()) + " calls=" + calls);
        System.out.println(Stream.iterate("a", s -> s.length() < 5, s -> s + "b").collect(Collectors.joining(",")));
        System.out.println(Stream.iterate(10, x -> x > 10, x -> x - 1).count());
        System.out.println(IntStream.iterate(0, i -> i < 20, i -> i + 3).boxed().collect(Collectors.toList()));
        System.out.println(LongStream.iterate(1, l -> l * 10).limit(12).max().getAsLong());
        System.out.println(DoubleStream.iterate(1.0, d -> d / 2).limit(6).sum());
        int[] counter = {0};
        System.out.println(Stream.generate(() -> ++counter[0]).limit(4).collect(Collectors.toList()) + " " + counter[0]);
        System.out.println(IntStream.generate(() -> 7).limit(3).sum());
        System.out.println(Stream.iterate(new int[] {0, 1}, f -> new int[] {f[1], f[0] + f[1]}).limit(15).map(f -> f[0]).map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.println(Stream.iterate(1, x -> x <= 1000, x -> x * 7).peek(x -> System.out.println("v " + x)).count());
    }
}
