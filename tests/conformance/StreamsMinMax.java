import java.util.Comparator;
import java.util.stream.Stream;

/** min/max: ties keep the first, comparators decide, empty streams give empty Optionals. */
public class StreamsMinMax {
    record Item(String name, int weight) { }

    public static void main(String[] args) {
        System.out.println(Stream.of(3, 9, 1, 9, 1).max(Integer::compare).get() + " " + Stream.of(3, 9, 1, 9, 1).min(Integer::compare).get());
        Stream<Item> items = Stream.of(new Item("a", 2), new Item("b", 5), new Item("c", 5), new Item("d", 2));
        System.out.println(Stream.of(new Item("a", 2), new Item("b", 5), new Item("c", 5), new Item("d", 2)).max(Comparator.comparingInt(Item::weight)).get());
        System.out.println(items.min(Comparator.comparingInt(Item::weight)).get());
        System.out.println(Stream.<String>empty().min(Comparator.naturalOrder()));
        System.out.println(Stream.of("pear", "Apple", "fig").max(String.CASE_INSENSITIVE_ORDER).get());
        System.out.println(Stream.of("pear", "Apple", "fig").min(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder())).get());
        System.out.println(Stream.of(1.5, -0.0, 0.0).max(Double::compare).get() + " " + Stream.of(0.0, -0.0).min(Double::compare).get());
    }
}
