import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** Random's stream methods and bounded draws: seeded sequences match HotSpot's value for value. */
public class RandomStreams {
    public static void main(String[] args) {
        System.out.println(Arrays.toString(new Random(42).ints(8, 0, 100).toArray()));
        System.out.println(Arrays.toString(new Random(7).ints(5).toArray()));
        System.out.println(new Random(7).ints().limit(5).boxed().collect(Collectors.toList()));
        System.out.println(Arrays.toString(new Random(3).ints(6, -5, 5).toArray()));
        // A range wider than int: draws until one falls inside.
        System.out.println(Arrays.toString(new Random(3).ints(4, Integer.MIN_VALUE / 2 - 10, Integer.MAX_VALUE).toArray()));
        // Powers of two are masked.
        System.out.println(Arrays.toString(new Random(11).ints(6, 16, 48).toArray()));
        System.out.println(new Random(5).ints(100, 10, 20).summaryStatistics());

        System.out.println(Arrays.toString(new Random(42).longs(4).toArray()));
        System.out.println(Arrays.toString(new Random(42).longs(5, 0, 1000).toArray()));
        System.out.println(Arrays.toString(new Random(42).longs(3, Long.MIN_VALUE, Long.MAX_VALUE).toArray()));
        System.out.println(Arrays.toString(new Random(42).longs(4, 0, 1L << 40).toArray()));
        System.out.println(new Random(9).longs(1000, -50, 50).sum());

        System.out.println(Arrays.toString(new Random(42).doubles(3).toArray()));
        System.out.println(Arrays.toString(new Random(42).doubles(4, -1.0, 1.0).toArray()));
        System.out.println(new Random(1).doubles().limit(1000).allMatch(d -> d >= 0 && d < 1));
        System.out.println(new Random(2).doubles(1000, 5.0, 6.0).allMatch(d -> d >= 5 && d < 6));

        Random r = new Random(123);
        System.out.println(r.nextLong(1000) + " " + r.nextLong(-10, 10) + " " + r.nextLong(1L << 33));
        System.out.println(r.nextDouble(2.5) + " " + r.nextDouble(-3, 3) + " " + r.nextInt(5, 9));
        // Interleaving a stream with direct draws shares one generator.
        Random shared = new Random(99);
        int first = shared.ints(3, 0, 10).sum();
        System.out.println(first + " " + shared.nextInt(10));

        ThreadLocalRandom tlr = ThreadLocalRandom.current();
        System.out.println(tlr.ints(500, 3, 7).allMatch(v -> v >= 3 && v < 7)
                + " " + tlr.longs(500, -4, 4).allMatch(v -> v >= -4 && v < 4)
                + " " + tlr.doubles(500, 1.5, 2.0).allMatch(v -> v >= 1.5 && v < 2.0)
                + " " + (tlr.nextLong(3, 4) == 3));

        for (Runnable bad : new Runnable[] {
                () -> new Random(1).ints(-1),
                () -> new Random(1).ints(5, 5),
                () -> new Random(1).longs(3, 10, 2),
                () -> new Random(1).doubles(2, 1.0, 1.0),
                () -> new Random(1).doubles(2, 0, Double.POSITIVE_INFINITY),
                () -> new Random(1).nextLong(0),
                () -> new Random(1).nextDouble(Double.NaN),
                () -> new Random(1).nextDouble(-Double.MAX_VALUE, Double.MAX_VALUE),
        }) {
            try {
                bad.run();
                System.out.println("no exception");
            } catch (IllegalArgumentException e) {
                System.out.println("IAE " + e.getMessage());
            }
        }
    }
}
