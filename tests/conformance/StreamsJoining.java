import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Collectors.joining in its three forms, including empty streams and single elements. */
public class StreamsJoining {
    public static void main(String[] args) {
        System.out.println(Stream.of("a", "b", "c").collect(Collectors.joining()));
        System.out.println(Stream.of("a", "b", "c").collect(Collectors.joining(", ")));
        System.out.println(Stream.of("a", "b", "c").collect(Collectors.joining(", ", "{", "}")));
        System.out.println(Stream.<String>empty().collect(Collectors.joining(", ", "{", "}")));
        System.out.println("[" + Stream.<String>empty().collect(Collectors.joining("-")) + "]");
        System.out.println(Stream.of("solo").collect(Collectors.joining("|", "<", ">")));
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).collect(Collectors.joining(" + ", "", " = 15")));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println(Stream.of(sb, "str", new StringBuilder("x")).collect(Collectors.joining("/")));
        System.out.println(Stream.of("a", "", "b").collect(Collectors.joining(",")));
    }
}
