import java.util.*;
import java.util.function.*;
import java.util.stream.*;

/** Parallel streams give the sequential answers: sums, reductions, collectors, toArray and encounter order. */
public class ParallelStreams {
    public static void main(String[] args) {
        int n = 100_000;
        long seqSum = LongStream.rangeClosed(1, n).map(x -> x * x % 1000).sum();
        long parSum = LongStream.rangeClosed(1, n).parallel().map(x -> x * x % 1000).sum();
        System.out.println("long sum " + seqSum + " " + (seqSum == parSum));
        System.out.println("int sum " + IntStream.range(0, n).parallel().filter(x -> x % 3 == 0).sum() + " " + IntStream.range(0, n).filter(x -> x % 3 == 0).sum());
        System.out.println("count " + IntStream.range(0, n).parallel().filter(x -> x % 7 == 1).count());
        System.out.println("max " + IntStream.range(0, n).parallel().map(x -> (x * 31) % 10007).max().getAsInt());
        System.out.println("min " + LongStream.range(-50, 50).parallel().min().getAsLong());
        System.out.println("average " + IntStream.rangeClosed(1, 1000).parallel().average().getAsDouble());
        System.out.println("stats " + IntStream.rangeClosed(1, 1000).parallel().summaryStatistics());
        System.out.println("double sum " + DoubleStream.of(0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5).parallel().sum());

        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            list.add((i * 7919) % 20_000);
        }
        System.out.println("list sum " + list.parallelStream().mapToLong(Integer::longValue).sum() + " " + list.stream().mapToLong(Integer::longValue).sum());
        List<Integer> evens = list.parallelStream().filter(x -> x % 2 == 0).collect(Collectors.toList());
        List<Integer> evensSeq = list.stream().filter(x -> x % 2 == 0).collect(Collectors.toList());
        System.out.println("toList equal " + evens.equals(evensSeq) + " " + evens.size() + " first " + evens.subList(0, 5));
        System.out.println("toArray equal " + Arrays.equals(list.parallelStream().map(x -> x + 1).toArray(), list.stream().map(x -> x + 1).toArray()));
        System.out.println("int toArray " + Arrays.toString(IntStream.range(0, 20).parallel().map(x -> x * x).toArray()));
        System.out.println("joining " + IntStream.range(0, 30).parallel().mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]")));
        Map<Integer, Long> byDigit = list.parallelStream().collect(Collectors.groupingBy(x -> x % 10, TreeMap::new, Collectors.counting()));
        System.out.println("groupingBy " + byDigit);
        Map<Boolean, List<Integer>> parts = IntStream.range(0, 20).boxed().parallel().collect(Collectors.partitioningBy(x -> x % 3 == 0));
        System.out.println("partitioningBy " + parts);
        System.out.println("reduce " + list.parallelStream().reduce(0, (a, b) -> (a + b) % 1_000_003));
        System.out.println("reduce3 " + list.parallelStream().reduce(0L, (acc, x) -> acc + x, Long::sum));
        System.out.println("reduce opt " + list.parallelStream().reduce(Integer::max).get());
        System.out.println("string concat order " + Stream.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j").parallel().reduce("", String::concat));
        StringBuilder sb = new StringBuilder();
        IntStream.range(0, 25).parallel().map(x -> x * 2).forEachOrdered(x -> sb.append(x).append(' '));
        System.out.println("forEachOrdered " + sb.toString().trim());
        System.out.println("sorted " + list.parallelStream().sorted().limit(5).collect(Collectors.toList()) + " distinct " + list.parallelStream().map(x -> x % 13).distinct().count());
        System.out.println("set sum " + new HashSet<>(list).parallelStream().mapToInt(Integer::intValue).sum());
        Set<Integer> seen = Collections.synchronizedSet(new HashSet<>());
        IntStream.range(0, 1000).parallel().forEach(seen::add);
        System.out.println("forEach saw " + seen.size());
        long collected = IntStream.range(0, 1000).parallel().collect(() -> new long[1], (a, x) -> a[0] += x, (a, b) -> a[0] += b[0])[0];
        System.out.println("collect " + collected);
        System.out.println("anyMatch " + IntStream.range(0, n).parallel().anyMatch(x -> x == 12345) + " allMatch " + IntStream.range(0, n).parallel().allMatch(x -> x >= 0) + " findFirst " + IntStream.range(0, n).parallel().filter(x -> x > 777).findFirst().getAsInt());
        System.out.println("isParallel " + list.parallelStream().isParallel() + " " + list.parallelStream().sequential().isParallel());
        System.out.println("flatMap " + IntStream.range(0, 100).parallel().flatMap(x -> IntStream.range(0, x % 5)).sum());
        System.out.println("words " + Stream.of("the quick brown fox jumps over the lazy dog".split(" ")).parallel().map(String::toUpperCase).collect(Collectors.toList()));
    }
}
