import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** toArray with and without a generator, on objects and primitives. */
public class StreamsToArray {
    public static void main(String[] args) {
        Object[] objs = Stream.of("b", "a").toArray();
        System.out.println(Arrays.toString(objs) + " " + objs.getClass().getSimpleName());
        String[] strs = Stream.of("x", "y", "z").filter(s -> !s.equals("y")).toArray(String[]::new);
        System.out.println(Arrays.toString(strs) + " " + strs.getClass().getSimpleName());
        Integer[] big = IntStream.range(0, 100).boxed().toArray(Integer[]::new);
        System.out.println(big.length + " " + big[99]);
        System.out.println(Arrays.toString(IntStream.range(0, 0).toArray()));
        System.out.println(Arrays.toString(java.util.stream.LongStream.of(4, 5).toArray()));
        System.out.println(Arrays.toString(java.util.stream.DoubleStream.of(0.5).toArray()));
        try {
            Stream.of(1, 2).toArray(String[]::new);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException");
        }
        System.out.println(Arrays.deepToString(Stream.of(new int[] {1}, new int[] {2, 3}).toArray(int[][]::new)));
    }
}
