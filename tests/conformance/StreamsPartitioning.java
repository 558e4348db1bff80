import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** partitioningBy always has both keys, false first. */
public class StreamsPartitioning {
    public static void main(String[] args) {
        Map<Boolean, List<Integer>> evens = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.partitioningBy(i -> i % 2 == 0));
        System.out.println(evens);
        System.out.println(evens.get(true) + " " + evens.get(false) + " " + evens.size() + " " + evens.containsKey(true));
        System.out.println(Stream.of("a", "bb", "ccc").collect(Collectors.partitioningBy(s -> s.length() > 5)));
        System.out.println(Stream.<String>empty().collect(Collectors.partitioningBy(s -> true, Collectors.counting())));
        System.out.println(Stream.of(3, 8, 1, 9).collect(Collectors.partitioningBy(i -> i > 2, Collectors.summingInt(i -> i))));
        System.out.println(Stream.of("kiwi", "plum", "banana").collect(Collectors.partitioningBy(s -> s.length() == 4, Collectors.joining("&"))).entrySet());
    }
}
