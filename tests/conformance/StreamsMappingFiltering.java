import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** mapping, filtering and flatMapping as downstream collectors. */
public class StreamsMappingFiltering {
    record Order(String customer, int amount, List<String> items) { }

    public static void main(String[] args) {
        List<Order> orders = List.of(new Order("ann", 30, List.of("pen", "ink")), new Order("bob", 5, List.of("pad")),
            new Order("ann", 12, List.of("pen")), new Order("cy", 50, List.of()), new Order("bob", 70, List.of("desk", "lamp")));
        System.out.println(orders.stream().collect(Collectors.groupingBy(Order::customer, Collectors.mapping(Order::amount, Collectors.toList()))));
        System.out.println(orders.stream().collect(Collectors.groupingBy(Order::customer, Collectors.filtering(o -> o.amount() > 20, Collectors.counting()))));
        System.out.println(orders.stream().collect(Collectors.groupingBy(Order::customer, Collectors.flatMapping(o -> o.items().stream(), Collectors.toList()))));
        System.out.println(orders.stream().collect(Collectors.mapping(Order::customer, Collectors.joining(","))));
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6).collect(Collectors.filtering(i -> i % 2 == 1, Collectors.mapping(i -> i * i, Collectors.toList()))));
        System.out.println(orders.stream().collect(Collectors.flatMapping(o -> o.items().stream().map(String::length), Collectors.summingInt(i -> i))));
    }
}
