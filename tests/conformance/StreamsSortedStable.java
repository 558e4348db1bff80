import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** sorted is stable and honours comparators; primitive streams sort numerically. */
public class StreamsSortedStable {
    record Person(String name, int age) { }

    public static void main(String[] args) {
        List<Person> people = Arrays.asList(new Person("Ann", 30), new Person("Bob", 25), new Person("Cid", 30),
            new Person("Dee", 25), new Person("Eve", 41), new Person("Fay", 30));
        System.out.println(people.stream().sorted(Comparator.comparingInt(Person::age)).map(Person::name).collect(Collectors.toList()));
        System.out.println(people.stream().sorted(Comparator.comparingInt(Person::age).reversed()).map(Person::name).collect(Collectors.toList()));
        System.out.println(people.stream().sorted(Comparator.comparing(Person::age).thenComparing(Person::name, Comparator.reverseOrder()))
            .map(Person::name).collect(Collectors.joining(",")));
        System.out.println(Arrays.toString(IntStream.of(5, -3, 9, 0, -3, 12).sorted().toArray()));
        System.out.println(Arrays.toString(LongStream.of(5L, Long.MIN_VALUE, 9, Long.MAX_VALUE).sorted().toArray()));
        System.out.println(Arrays.toString(DoubleStream.of(2.5, Double.NaN, -0.0, 0.0, -1.0, Double.NEGATIVE_INFINITY).sorted().toArray()));
        System.out.println(Arrays.asList("delta", "Alpha", "charlie", "Bravo").stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.toList()));
        try {
            java.util.stream.Stream.of(new Object(), new Object()).sorted().count();
            System.out.println("count skipped the sort");
            java.util.stream.Stream.of(new Object(), new Object()).sorted().forEach(o -> { });
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
    }
}
