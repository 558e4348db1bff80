import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** concat is lazy, keeps order, and closing the result closes both inputs. */
public class StreamsConcat {
    public static void main(String[] args) {
        Stream<String> a = Stream.of("a1", "a2").peek(x -> System.out.println("from a " + x)).onClose(() -> System.out.println("a closed"));
        Stream<String> b = Stream.of("b1", "b2").peek(x -> System.out.println("from b " + x)).onClose(() -> System.out.println("b closed"));
        Stream<String> c = Stream.concat(a, b);
        System.out.println("concatenated");
        System.out.println(c.limit(3).collect(Collectors.toList()));
        c.close();
        System.out.println(IntStream.concat(IntStream.range(0, 3), IntStream.rangeClosed(7, 9)).boxed().collect(Collectors.toList()));
        System.out.println(Stream.concat(Stream.of(1), Stream.concat(Stream.of(2, 3), Stream.empty())).count());
        Stream<Integer> x = Stream.of(1);
        Stream.concat(x, Stream.of(2));
        try {
            x.count();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Stream.concat(Stream.of("z", "y"), Stream.of("x")).sorted().collect(Collectors.joining()));
        System.out.println(Stream.concat(Stream.of(1, 2).parallel(), Stream.of(3)).isParallel());
    }
}
