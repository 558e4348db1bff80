import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** count() answers from the size, without running peek, when the pipeline keeps the size known (JDK 9+). */
public class StreamsCountSized {
    public static void main(String[] args) {
        List<Integer> list = Arrays.asList(1, 2, 3, 4);
        System.out.println(list.stream().peek(x -> System.out.println("a " + x)).map(x -> x * 2).count());
        System.out.println(list.stream().peek(x -> System.out.println("b " + x)).filter(x -> x > 2).count());
        System.out.println(IntStream.range(0, 6).peek(x -> System.out.println("c " + x)).skip(2).limit(3).count());
        System.out.println(Stream.of(3, 1, 2).peek(x -> System.out.println("d " + x)).sorted().count());
        System.out.println(Stream.of(1, 1, 2).peek(x -> System.out.println("e " + x)).distinct().count());
        System.out.println(Stream.iterate(1, x -> x + 1).limit(3).peek(x -> System.out.println("f " + x)).count());
        System.out.println(Stream.of("x", "y").flatMap(s -> Stream.of(s, s)).peek(x -> System.out.println("g " + x)).count());
        System.out.println(Stream.concat(list.stream(), Stream.of(9)).peek(x -> System.out.println("h " + x)).count());
        System.out.println(IntStream.rangeClosed(1, 3).boxed().peek(x -> System.out.println("i " + x)).count());
        System.out.println(Stream.of(1, 2, 3).takeWhile(x -> x < 3).peek(x -> System.out.println("j " + x)).count());
        System.out.println("abc".chars().peek(x -> System.out.println("k " + x)).count());
        System.out.println(List.of(5, 6).stream().peek(x -> System.out.println("l " + x)).count());
    }
}
