import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/**
 * Parallel streams over every kind of source (ranges, arrays and their slices, array-backed and linked lists,
 * immutable lists, sets, deques, builders, concatenations, iterate/generate, spliterators that split and ones
 * that do not), in the four shapes, at sizes that split unevenly: every order-sensitive result must equal the
 * sequential one, and the spliterators split the way HotSpot's do.
 */
public class ParallelStreamSources {
    static final int[] SIZES = {0, 1, 3, 1025, 2051};

    static int[] ints(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = (i * 7919 + 13) % 10_007 - 5000;
        }
        return a;
    }

    static void show(String what, Object seq, Object par) {
        boolean same = Objects.deepEquals(seq, par);
        String shown = String.valueOf(seq);
        if (seq instanceof int[]) {
            shown = "int[" + ((int[]) seq).length + "]";
        } else if (seq instanceof long[]) {
            shown = "long[" + ((long[]) seq).length + "]";
        } else if (seq instanceof double[]) {
            shown = "double[" + ((double[]) seq).length + "]";
        } else if (seq instanceof Object[]) {
            shown = "Object[" + ((Object[]) seq).length + "]";
        } else if (shown.length() > 60) {
            shown = shown.substring(0, 60) + "...";
        }
        System.out.println("  " + what + " " + shown + (same ? "" : " MISMATCH " + par));
    }

    static void intShape(String name, Supplier<IntStream> s) {
        System.out.println(name);
        show("toArray", s.get().map(x -> x * 3 + 1).toArray(), s.get().parallel().map(x -> x * 3 + 1).toArray());
        show("sum", s.get().filter(x -> x % 3 != 0).sum(), s.get().parallel().filter(x -> x % 3 != 0).sum());
        show("count", s.get().filter(x -> x > 0).count(), s.get().parallel().filter(x -> x > 0).count());
        show("min", s.get().min(), s.get().parallel().min());
        show("max", s.get().max(), s.get().parallel().max());
        show("stats", s.get().summaryStatistics().toString(), s.get().parallel().summaryStatistics().toString());
        show("average", s.get().average(), s.get().parallel().average());
        show("boxed", s.get().boxed().collect(Collectors.toList()), s.get().parallel().boxed().collect(Collectors.toList()));
        show("asLong", Arrays.toString(s.get().asLongStream().limit(5).toArray()), Arrays.toString(s.get().parallel().asLongStream().limit(5).toArray()));
        show("reduce", s.get().reduce((a, b) -> a ^ b), s.get().parallel().reduce((a, b) -> a ^ b));
        show("collect", s.get().collect(StringBuilder::new, (b, x) -> b.append(x).append(','), StringBuilder::append).toString().hashCode(),
            s.get().parallel().collect(StringBuilder::new, (b, x) -> b.append(x).append(','), StringBuilder::append).toString().hashCode());
    }

    static void longShape(String name, Supplier<LongStream> s) {
        System.out.println(name);
        show("toArray", s.get().map(x -> x * x).toArray(), s.get().parallel().map(x -> x * x).toArray());
        show("sum", s.get().map(x -> x * 1_000_003L).sum(), s.get().parallel().map(x -> x * 1_000_003L).sum());
        show("count", s.get().filter(x -> (x & 1) == 0).count(), s.get().parallel().filter(x -> (x & 1) == 0).count());
        show("minmax", s.get().min() + " " + s.get().max(), s.get().parallel().min() + " " + s.get().parallel().max());
        show("stats", s.get().summaryStatistics().toString(), s.get().parallel().summaryStatistics().toString());
        show("mapToObj", s.get().mapToObj(Long::toHexString).collect(Collectors.joining(",")).hashCode(),
            s.get().parallel().mapToObj(Long::toHexString).collect(Collectors.joining(",")).hashCode());
        show("sumReduce", s.get().reduce(0L, Long::sum), s.get().parallel().reduce(0L, Long::sum));
    }

    static void doubleShape(String name, Supplier<DoubleStream> s) {
        System.out.println(name);
        // Values are multiples of 1/4 below 2^40, so sums are exact whatever the grouping.
        show("toArray", s.get().map(x -> x / 4).toArray(), s.get().parallel().map(x -> x / 4).toArray());
        show("sum", s.get().map(x -> x / 4).sum(), s.get().parallel().map(x -> x / 4).sum());
        show("count", s.get().filter(x -> x > 10).count(), s.get().parallel().filter(x -> x > 10).count());
        show("minmax", s.get().min() + " " + s.get().max(), s.get().parallel().min() + " " + s.get().parallel().max());
        show("average", s.get().average(), s.get().parallel().average());
        show("stats", s.get().summaryStatistics().toString(), s.get().parallel().summaryStatistics().toString());
        show("boxed", s.get().boxed().collect(Collectors.toList()), s.get().parallel().boxed().collect(Collectors.toList()));
    }

    static void refShape(String name, Supplier<Stream<Integer>> s) {
        System.out.println(name);
        show("toArray", s.get().map(x -> x + 1).toArray(), s.get().parallel().map(x -> x + 1).toArray());
        show("toList", s.get().filter(x -> x % 2 == 0).toList(), s.get().parallel().filter(x -> x % 2 == 0).toList());
        show("toArrayGen", s.get().map(String::valueOf).toArray(String[]::new), s.get().parallel().map(String::valueOf).toArray(String[]::new));
        show("joining", s.get().map(String::valueOf).collect(Collectors.joining("|")).hashCode(),
            s.get().parallel().map(String::valueOf).collect(Collectors.joining("|")).hashCode());
        show("reduce3", s.get().reduce(0L, (acc, x) -> acc + x, Long::sum), s.get().parallel().reduce(0L, (acc, x) -> acc + x, Long::sum));
        show("reduceOpt", s.get().reduce(Integer::min), s.get().parallel().reduce(Integer::min));
        show("min", s.get().min(Comparator.naturalOrder()), s.get().parallel().min(Comparator.naturalOrder()));
        show("max", s.get().max(Comparator.naturalOrder()), s.get().parallel().max(Comparator.naturalOrder()));
        show("count", s.get().count(), s.get().parallel().count());
        show("mapToInt", s.get().mapToInt(x -> x).sum(), s.get().parallel().mapToInt(x -> x).sum());
        show("grouping", s.get().collect(Collectors.groupingBy(x -> Math.floorMod(x, 5), TreeMap::new, Collectors.toList())),
            s.get().parallel().collect(Collectors.groupingBy(x -> Math.floorMod(x, 5), TreeMap::new, Collectors.toList())));
        show("flatMap", s.get().flatMap(x -> Stream.of(x, -x)).toList(), s.get().parallel().flatMap(x -> Stream.of(x, -x)).toList());
    }

    public static void main(String[] args) {
        for (int n : SIZES) {
            int[] a = ints(n);
            List<Integer> boxed = new ArrayList<>();
            for (int v : a) {
                boxed.add(v);
            }
            long[] longs = Arrays.stream(a).asLongStream().toArray();
            double[] doubles = Arrays.stream(a).asDoubleStream().toArray();
            Integer[] objects = boxed.toArray(new Integer[0]);
            System.out.println("== size " + n);
            intShape("IntStream.range", () -> IntStream.range(-n / 2, n - n / 2));
            intShape("IntStream.rangeClosed", () -> IntStream.rangeClosed(1, n));
            intShape("IntStream.of", () -> IntStream.of(a));
            intShape("Arrays.stream(int[], from, to)", () -> Arrays.stream(a, n / 3, n));
            intShape("list.stream().mapToInt", () -> boxed.stream().mapToInt(Integer::intValue));
            intShape("IntStream.builder", () -> {
                IntStream.Builder b = IntStream.builder();
                for (int v : a) {
                    b.add(v);
                }
                return b.build();
            });
            intShape("IntStream.concat", () -> IntStream.concat(IntStream.of(a), IntStream.range(0, n / 2)));
            intShape("StreamSupport.intStream", () -> StreamSupport.intStream(Spliterators.spliterator(a, Spliterator.ORDERED), false));
            longShape("LongStream.range", () -> LongStream.range(5_000_000_000L, 5_000_000_000L + n));
            longShape("LongStream.rangeClosed", () -> LongStream.rangeClosed(-n, 0));
            longShape("Arrays.stream(long[])", () -> Arrays.stream(longs));
            longShape("LongStream.of", () -> LongStream.of(longs));
            longShape("LongStream.iterate.limit", () -> LongStream.iterate(1, x -> x * 3 % 1_000_003).limit(n));
            doubleShape("Arrays.stream(double[])", () -> Arrays.stream(doubles));
            doubleShape("DoubleStream.of", () -> DoubleStream.of(doubles));
            doubleShape("DoubleStream.iterate.limit", () -> DoubleStream.iterate(0, x -> x + 1).limit(n));
            refShape("ArrayList", () -> boxed.stream());
            refShape("Arrays.asList", () -> Arrays.asList(objects).stream());
            refShape("Arrays.stream(T[], from, to)", () -> Arrays.stream(objects, 0, n - n / 4));
            refShape("Stream.of", () -> Stream.of(objects));
            refShape("List.copyOf", () -> List.copyOf(boxed).stream());
            refShape("LinkedList", () -> new LinkedList<>(boxed).stream());
            refShape("ArrayDeque", () -> new ArrayDeque<>(boxed).stream());
            refShape("TreeSet", () -> new TreeSet<>(boxed).stream());
            refShape("Stream.concat", () -> Stream.concat(boxed.stream(), new LinkedList<>(boxed).stream().map(x -> x * 2)));
            refShape("Stream.iterate", () -> Stream.iterate(0, x -> x < n, x -> x + 1));
            refShape("iterator spliterator", () -> StreamSupport.stream(Spliterators.spliteratorUnknownSize(boxed.iterator(), Spliterator.ORDERED), false));
            // Sets are unordered: only order-free results are defined.
            Set<Integer> set = new HashSet<>(boxed);
            System.out.println("HashSet sum " + set.stream().mapToLong(x -> x).sum() + " " + set.parallelStream().mapToLong(x -> x).sum()
                + " count " + set.parallelStream().filter(x -> x > 0).count()
                + " sorted " + set.parallelStream().sorted().limit(3).toList());
        }

        // Spliterators over arrays and ArrayList halve themselves, the prefix going to the new one.
        Spliterator.OfInt sp = Arrays.spliterator(ints(10));
        Spliterator.OfInt first = sp.trySplit();
        System.out.println("int[10] split " + first.estimateSize() + " + " + sp.estimateSize());
        StringBuilder order = new StringBuilder();
        first.forEachRemaining((int x) -> order.append(x).append(' '));
        order.append("| ");
        sp.forEachRemaining((int x) -> order.append(x).append(' '));
        System.out.println("  " + order);
        Spliterator<Integer> ls = new ArrayList<>(List.of(1, 2, 3, 4, 5)).spliterator();
        Spliterator<Integer> lp = ls.trySplit();
        Spliterator<Integer> lpp = lp.trySplit();
        System.out.println("list split " + lpp.estimateSize() + " " + lp.estimateSize() + " " + ls.estimateSize() + " "
            + ls.hasCharacteristics(Spliterator.SUBSIZED));
        lpp.forEachRemaining(x -> System.out.print(x + " "));
        lp.forEachRemaining(x -> System.out.print(x + " "));
        ls.forEachRemaining(x -> System.out.print(x + " "));
        System.out.println();
        Spliterator<String> one = Arrays.spliterator(new String[] {"x"});
        System.out.println("one-element split " + one.trySplit() + " " + one.estimateSize());
        Spliterator.OfLong longsSplit = Arrays.spliterator(new long[] {1, 2, 3, 4, 5, 6, 7}, 1, 6);
        Spliterator.OfLong lf = longsSplit.trySplit();
        System.out.println("long[1..6) split " + lf.estimateSize() + " " + longsSplit.estimateSize());
        Spliterator.OfDouble ds = Arrays.spliterator(new double[] {1.5, 2.5, 3.5});
        Spliterator.OfDouble df = ds.trySplit();
        df.forEachRemaining((double d) -> System.out.print(d + " "));
        ds.forEachRemaining((double d) -> System.out.print(d + " "));
        System.out.println();

        // A list modified while a parallel stream runs over it is detected at the end, as sequentially.
        List<Integer> grow = new ArrayList<>(List.of(1, 2, 3));
        try {
            grow.stream().forEach(x -> {
                if (x == 2) {
                    grow.add(9);
                }
            });
            System.out.println("no CME");
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + grow);
        }
    }
}
