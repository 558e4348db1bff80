import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Custom collectors with Collector.of, and the characteristics of the built-in ones. */
public class StreamsCollectorOf {
    public static void main(String[] args) {
        Collector<String, StringBuilder, String> reversedJoin = Collector.of(StringBuilder::new,
            (sb, s) -> sb.insert(0, s), (a, b) -> b.append(a), StringBuilder::toString);
        System.out.println(Stream.of("a", "b", "c").collect(reversedJoin));
        Collector<Integer, List<Integer>, List<Integer>> evens = Collector.of(ArrayList::new, (l, i) -> { if (i % 2 == 0) l.add(i); },
            (a, b) -> { a.addAll(b); return a; });
        System.out.println(Stream.of(1, 2, 3, 4).collect(evens));
        System.out.println(evens.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH) + " "
            + reversedJoin.characteristics().isEmpty());
        Collector<Integer, int[], Integer> sumSq = Collector.of(() -> new int[1], (a, i) -> a[0] += i * i, (a, b) -> { a[0] += b[0]; return a; },
            a -> a[0], Collector.Characteristics.UNORDERED);
        System.out.println(Stream.of(1, 2, 3).collect(sumSq) + " " + sumSq.characteristics());
        System.out.println(Collectors.toList().characteristics() + " " + Collectors.joining().characteristics());
        System.out.println(Collectors.toSet().characteristics().size() + " " + Collectors.counting().characteristics());
        System.out.println(Collectors.toSet().characteristics().contains(Collector.Characteristics.UNORDERED));
    }
}
