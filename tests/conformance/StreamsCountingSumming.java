import java.util.stream.Collectors;
import java.util.stream.Stream;

/** counting, summing and averaging collectors: result types, overflow and empty input. */
public class StreamsCountingSumming {
    public static void main(String[] args) {
        System.out.println(Stream.of("a", "b", "c").collect(Collectors.counting()));
        System.out.println(Stream.of(1, 2, 3).collect(Collectors.summingInt(i -> i)));
        System.out.println(Stream.of(Integer.MAX_VALUE, 1).collect(Collectors.summingInt(i -> i)));
        System.out.println(Stream.of(Integer.MAX_VALUE, 1).collect(Collectors.summingLong(i -> i)));
        System.out.println(Stream.of(0.1, 0.2, 0.3).collect(Collectors.summingDouble(d -> d)));
        System.out.println(Stream.of(1, 2).collect(Collectors.averagingInt(i -> i)));
        System.out.println(Stream.of(1L, 2L, 4L).collect(Collectors.averagingLong(l -> l)));
        System.out.println(Stream.of(0.1, 0.2, 0.3, 0.4).collect(Collectors.averagingDouble(d -> d)));
        System.out.println(Stream.<Integer>empty().collect(Collectors.averagingInt(i -> i)));
        System.out.println(Stream.<Double>empty().collect(Collectors.averagingDouble(d -> d)));
        System.out.println(Stream.<Double>empty().collect(Collectors.summingDouble(d -> d)));
        Object o = Stream.of(1).collect(Collectors.counting());
        System.out.println(o.getClass().getSimpleName() + " " + Stream.of(1).collect(Collectors.summingInt(i -> i)).getClass().getSimpleName());
        System.out.println(Stream.of(1e308, 1e308, -1e308).collect(Collectors.summingDouble(d -> d)));
        System.out.println(Stream.of(Double.POSITIVE_INFINITY, 1.0).collect(Collectors.summingDouble(d -> d)));
    }
}
