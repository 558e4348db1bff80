import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** On purpose beyond issue 4's library: java.util.stream pipelines over ranges, arrays and lists, with collectors. */
public class StreamsBasics {
    public static void main(String[] args) {
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 2 == 1).map(i -> i * i).sum());
        System.out.println(IntStream.range(0, 5).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]")));
        List<String> words = Arrays.asList("delta", "alpha", "charlie", "bravo", "echo", "alpha");
        System.out.println(words.stream().distinct().sorted().map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().collect(Collectors.groupingBy(String::length, Collectors.counting())));
        System.out.println(Arrays.stream(new int[] {5, 3, 9, 1}).max().getAsInt() + " "
            + Arrays.stream(new double[] {1.5, 2.5}).average().getAsDouble() + " "
            + words.stream().anyMatch(w -> w.startsWith("e")) + " " + words.stream().reduce("", (a, b) -> a + b.charAt(0)));
    }
}
