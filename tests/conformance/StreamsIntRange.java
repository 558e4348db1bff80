import java.util.Arrays;
import java.util.stream.IntStream;

/** IntStream.range/rangeClosed at the edges, and sum/average/min/max/count. */
public class StreamsIntRange {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 5).sum() + " " + IntStream.rangeClosed(0, 5).sum());
        System.out.println(IntStream.range(5, 5).count() + " " + IntStream.range(6, 5).count() + " " + IntStream.rangeClosed(5, 5).count());
        System.out.println(IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).count());
        System.out.println(Arrays.toString(IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).toArray()));
        System.out.println(IntStream.range(Integer.MIN_VALUE, Integer.MIN_VALUE + 3).min().getAsInt());
        System.out.println(IntStream.rangeClosed(Integer.MIN_VALUE, Integer.MAX_VALUE).count());
        System.out.println(IntStream.rangeClosed(1, 100).average().getAsDouble());
        System.out.println(IntStream.empty().average() + " " + IntStream.empty().min() + " " + IntStream.empty().max());
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).sum());
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average().getAsDouble());
        System.out.println(IntStream.of(3, -7, 12, 0).max().getAsInt() + " " + IntStream.of(3, -7, 12, 0).min().getAsInt());
        System.out.println(IntStream.range(0, 20).filter(i -> i % 3 == 0).map(i -> i * i).sum());
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> "#".repeat(i)).reduce((a, b) -> a + "/" + b).get());
    }
}
