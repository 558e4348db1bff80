import java.util.NoSuchElementException;
import java.util.Optional;

/** Optional: creation, transformation, fallbacks, exceptions, equality and toString. */
public class StreamsOptional {
    public static void main(String[] args) {
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        System.out.println(some + " " + none + " " + Optional.ofNullable(null) + " " + Optional.ofNullable(3));
        System.out.println(some.map(String::length) + " " + none.map(String::length) + " " + some.map(v -> null));
        System.out.println(some.filter(v -> v.startsWith("v")) + " " + some.filter(v -> v.isEmpty()));
        System.out.println(some.flatMap(v -> Optional.of(v + "!")) + " " + none.or(() -> Optional.of("alt")));
        System.out.println(none.orElse("else") + " " + none.orElseGet(() -> "got") + " " + some.orElseThrow());
        System.out.println(some.isPresent() + " " + some.isEmpty() + " " + none.isPresent() + " " + none.isEmpty());
        some.ifPresent(v -> System.out.println("present " + v));
        none.ifPresentOrElse(v -> System.out.println("no"), () -> System.out.println("empty branch"));
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalArgumentException("custom"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        System.out.println(Optional.of("a").equals(Optional.of("a")) + " " + none.equals(Optional.ofNullable(null)) + " "
            + Optional.of("a").hashCode() + " " + none.hashCode());
        System.out.println(some.stream().count() + " " + none.stream().count());
    }
}
