import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Exceptions from lambdas escape the terminal operation; null elements fail where HotSpot fails. */
public class StreamsExceptions {
    public static void main(String[] args) {
        try {
            Stream.of("1", "x", "3").map(Integer::parseInt).forEach(i -> System.out.println("parsed " + i));
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Stream.of(null, "a").findFirst();
        } catch (NullPointerException e) {
            System.out.println("findFirst of null");
        }
        try {
            Stream.of("b", null).max(String::compareTo);
        } catch (NullPointerException e) {
            System.out.println("compare with null");
        }
        System.out.println(Stream.of("a", null, "b").filter(s -> s != null).collect(Collectors.toList()));
        System.out.println(Stream.of("a", null).map(String::valueOf).collect(Collectors.joining(",")));
        try {
            Stream.of(1).map(null);
        } catch (NullPointerException e) {
            System.out.println("null mapper");
        }
        try {
            List.of(1, 2, 3).stream().peek(i -> { if (i == 2) throw new IllegalStateException("boom at " + i); }).count();
            System.out.println("count skipped peek");
            List.of(1, 2, 3).stream().peek(i -> { if (i == 2) throw new IllegalStateException("boom at " + i); }).toList();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Stream.of(1, 2).collect(Collectors.toMap(i -> "same", i -> i));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
    }
}
