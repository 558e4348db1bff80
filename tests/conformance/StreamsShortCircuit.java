import java.util.stream.IntStream;
import java.util.stream.Stream;

/** anyMatch/allMatch/noneMatch/findFirst stop pulling elements as soon as the answer is known. */
public class StreamsShortCircuit {
    public static void main(String[] args) {
        System.out.println(Stream.of(1, 3, 4, 5, 6).peek(x -> System.out.println("any " + x)).anyMatch(x -> x % 2 == 0));
        System.out.println(Stream.of(2, 4, 5, 6).peek(x -> System.out.println("all " + x)).allMatch(x -> x % 2 == 0));
        System.out.println(Stream.of(1, 3, 8, 5).peek(x -> System.out.println("none " + x)).noneMatch(x -> x > 7));
        System.out.println(Stream.<Integer>empty().anyMatch(x -> true) + " " + Stream.<Integer>empty().allMatch(x -> false)
            + " " + Stream.<Integer>empty().noneMatch(x -> true));
        System.out.println(IntStream.iterate(1, i -> i * 3).peek(i -> System.out.println("it " + i)).filter(i -> i > 50).findFirst().getAsInt());
        System.out.println(Stream.generate(() -> "x").anyMatch(s -> s.equals("x")));
        System.out.println(IntStream.range(0, 1_000_000).peek(i -> { if (i > 5) System.out.println("too far"); }).anyMatch(i -> i == 5));
        System.out.println(Stream.of("a", "bb", "ccc").peek(s -> System.out.println("find " + s)).filter(s -> s.length() > 1).findAny().get());
    }
}
