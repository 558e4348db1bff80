import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The interleaving of nested flatMap stages with peeks and short-circuiting, traced. */
public class StreamsFlatMapOrder {
    public static void main(String[] args) {
        Stream.of("A", "B")
            .peek(s -> System.out.println("outer " + s))
            .flatMap(s -> IntStream.rangeClosed(1, 3).mapToObj(i -> s + i).peek(x -> System.out.println("  inner " + x)))
            .filter(x -> !x.endsWith("2"))
            .forEach(x -> System.out.println("    out " + x));
        System.out.println(Stream.of(1, 2, 3)
            .flatMap(i -> Stream.of(i, i).peek(x -> System.out.println("gen " + x)))
            .anyMatch(x -> x == 2));
    }
}
