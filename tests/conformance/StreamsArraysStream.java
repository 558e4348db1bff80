import java.util.Arrays;
import java.util.stream.Collectors;

/** Arrays.stream over whole arrays and ranges, and its bounds checks. */
public class StreamsArraysStream {
    public static void main(String[] args) {
        String[] words = {"zeta", "eta", "theta", "iota"};
        System.out.println(Arrays.stream(words).map(String::length).collect(Collectors.toList()));
        System.out.println(Arrays.stream(words, 1, 3).collect(Collectors.joining("|")));
        int[] ints = {4, 8, 15, 16, 23, 42};
        System.out.println(Arrays.stream(ints).sum() + " " + Arrays.stream(ints, 2, 5).sum() + " " + Arrays.stream(ints, 3, 3).count());
        long[] longs = {1L << 40, 1L << 41};
        System.out.println(Arrays.stream(longs).sum() + " " + Arrays.stream(longs, 1, 2).max().getAsLong());
        double[] ds = {1.5, 2.5, 3.5};
        System.out.println(Arrays.stream(ds).average().getAsDouble() + " " + Arrays.stream(ds, 0, 2).sum());
        try {
            Arrays.stream(ints, 2, 10);
            System.out.println("no exception");
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("ArrayIndexOutOfBoundsException");
        }
        try {
            Arrays.stream(words, 3, 1);
            System.out.println("no exception");
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName());
        }
        ints[0] = 100;
        System.out.println(Arrays.stream(ints).limit(1).sum());
    }
}
