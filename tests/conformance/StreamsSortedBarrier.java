import java.util.Comparator;
import java.util.stream.Stream;

/** sorted is a barrier: everything before it runs first, then elements flow on one by one, short-circuiting after. */
public class StreamsSortedBarrier {
    public static void main(String[] args) {
        Stream.of("pear", "fig", "apple", "kiwi", "banana")
            .peek(s -> System.out.println("before " + s))
            .sorted()
            .peek(s -> System.out.println("after " + s))
            .limit(2)
            .forEach(s -> System.out.println("out " + s));
        Stream.of("pear", "fig", "apple", "kiwi", "banana")
            .sorted(Comparator.comparing(String::length).reversed())
            .peek(s -> System.out.println("len " + s))
            .filter(s -> s.length() < 5)
            .findFirst()
            .ifPresent(s -> System.out.println("first short " + s));
        System.out.println(Stream.of(3, 1, 2).sorted(Comparator.reverseOrder()).map(String::valueOf).reduce("", String::concat));
    }
}
