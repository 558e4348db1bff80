import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.function.*;
import java.util.stream.*;

/**
 * Terminal operations of parallel streams where the specification fixes the outcome: ordered and unordered
 * terminals (forEach against forEachOrdered, findFirst against findAny), short-circuiting (anyMatch, allMatch,
 * noneMatch, limit, takeWhile), concurrent collectors (one container, no combiner), stateful stages, empty and
 * one-element streams, and exceptions thrown inside parallel lambdas reaching the caller.
 */
public class ParallelStreamTerminals {
    static Throwable root(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static void expectThrow(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (RuntimeException | Error e) {
            Throwable c = root(e);
            System.out.println(what + ": " + e.getClass().getName() + ", root " + c.getClass().getName() + ": " + c.getMessage());
        }
    }

    static final class Custom extends RuntimeException {
        Custom(String message) {
            super(message);
        }
    }

    /** A concurrent collector that counts supplier and combiner calls. */
    static Collector<Integer, ConcurrentHashMap<Integer, Integer>, Integer> counting(AtomicInteger suppliers,
            AtomicInteger combines, Collector.Characteristics... traits) {
        return Collector.of(() -> {
            suppliers.incrementAndGet();
            return new ConcurrentHashMap<>();
        }, (m, x) -> m.merge(x % 10, 1, Integer::sum), (a, b) -> {
            combines.incrementAndGet();
            b.forEach((k, v) -> a.merge(k, v, Integer::sum));
            return a;
        }, m -> m.values().stream().mapToInt(Integer::intValue).sum(), traits);
    }

    public static void main(String[] args) {
        int n = 20_000;
        // forEach on a parallel stream sees every element once; forEachOrdered sees them in encounter order.
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicLong calls = new AtomicLong();
        IntStream.range(0, n).parallel().forEach(x -> {
            seen.add(x);
            calls.incrementAndGet();
        });
        System.out.println("forEach " + seen.size() + " " + calls.get());
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        IntStream.range(0, n).parallel().map(x -> x * 2).forEachOrdered(order::add);
        boolean inOrder = true;
        for (int i = 0; i < n; i++) {
            inOrder &= order.get(i) == i * 2;
        }
        System.out.println("forEachOrdered " + order.size() + " " + inOrder);
        StringBuilder sb = new StringBuilder();
        Stream.of("a", "b", "c", "d", "e").parallel().map(String::toUpperCase).forEachOrdered(sb::append);
        LongStream.rangeClosed(1, 5).parallel().forEachOrdered(sb::append);
        DoubleStream.of(0.5, 1.5).parallel().forEachOrdered(d -> sb.append(' ').append(d));
        System.out.println("forEachOrdered small " + sb);
        Set<Long> longsSeen = ConcurrentHashMap.newKeySet();
        LongStream.range(0, 5000).parallel().forEach(longsSeen::add);
        AtomicLong dsum = new AtomicLong();
        DoubleStream.iterate(0, d -> d + 1).limit(4000).parallel().forEach(d -> dsum.addAndGet((long) d));
        Set<String> refsSeen = ConcurrentHashMap.newKeySet();
        new ArrayList<>(Collections.nCopies(3000, "x")).parallelStream().map(s -> s + refsSeen.size() % 1).forEach(refsSeen::add);
        System.out.println("forEach shapes " + longsSeen.size() + " " + dsum.get() + " " + refsSeen);

        // findFirst is the first element in encounter order; findAny is some element that matches.
        System.out.println("findFirst " + IntStream.range(0, n).parallel().filter(x -> x % 997 == 996).findFirst()
            + " " + LongStream.range(0, n).parallel().filter(x -> x > 12345).findFirst()
            + " " + DoubleStream.of(3, 1, 4, 1, 5).parallel().filter(d -> d < 3).findFirst()
            + " " + Arrays.asList(5, 3, 8, 1).parallelStream().filter(x -> x < 5).findFirst());
        int any = IntStream.range(0, n).parallel().filter(x -> x % 997 == 996).findAny().getAsInt();
        System.out.println("findAny matches " + (any % 997 == 996) + " " + IntStream.range(0, 0).parallel().findAny().isPresent()
            + " " + Stream.of("only").parallel().findAny().get());
        int anyInfinite = IntStream.range(0, 4_000_000).parallel().filter(x -> x % 1000 == 999).findAny().getAsInt();
        OptionalLong anyLong = LongStream.range(0, n).parallel().filter(x -> x % 4999 == 4998).findAny();
        OptionalDouble anyDouble = DoubleStream.iterate(0.25, d -> d + 1).limit(n).parallel().filter(d -> d > 17_000).findAny();
        System.out.println("findAny huge " + (anyInfinite % 1000) + " long " + (anyLong.getAsLong() % 4999)
            + " double " + (anyDouble.getAsDouble() > 17_000) + " none " + IntStream.range(0, n).parallel().filter(x -> x < 0).findAny());
        AtomicInteger tested = new AtomicInteger();
        boolean slowAny = IntStream.range(0, 4000).parallel().anyMatch(x -> {
            tested.incrementAndGet();
            return x == 10;
        });
        System.out.println("anyMatch stops early " + slowAny + " " + (tested.get() < 4000));
        System.out.println("find empty " + IntStream.empty().parallel().findFirst() + " " + Stream.empty().parallel().findFirst());

        // Short-circuiting.
        System.out.println("anyMatch " + IntStream.range(0, n).parallel().anyMatch(x -> x == 19_999)
            + " " + IntStream.range(0, n).parallel().anyMatch(x -> x < 0)
            + " allMatch " + LongStream.range(0, n).parallel().allMatch(x -> x >= 0)
            + " " + LongStream.range(0, n).parallel().allMatch(x -> x < 19_999)
            + " noneMatch " + DoubleStream.iterate(0, d -> d + 0.5).limit(n).parallel().noneMatch(d -> d > n)
            + " " + new ArrayList<>(List.of(1, 2, 3)).parallelStream().noneMatch(x -> x == 2));
        System.out.println("match empty " + IntStream.empty().parallel().anyMatch(x -> true) + " "
            + IntStream.empty().parallel().allMatch(x -> false) + " " + Stream.empty().parallel().noneMatch(x -> true));
        // (Not over infinite or huge sources: HotSpot's batches of an iterate may exhaust the heap, and its parts that started stop only at their own answer.)
        System.out.println("huge anyMatch " + IntStream.range(0, 4_000_000).parallel().anyMatch(x -> x == 5000)
            + " " + LongStream.range(0, 4_000_000).parallel().noneMatch(x -> x == 77));
        System.out.println("limit " + IntStream.range(0, n).parallel().map(x -> x * 3).limit(7).boxed().toList()
            + " " + Stream.iterate(1, x -> x * 2).parallel().limit(10).toList()
            + " " + LongStream.range(0, n).parallel().skip(n - 3).boxed().toList()
            + " " + IntStream.range(0, n).parallel().skip(5).limit(3).sum());
        System.out.println("takeWhile " + IntStream.range(0, n).parallel().takeWhile(x -> x < 6).boxed().toList()
            + " dropWhile " + IntStream.range(0, 10).parallel().dropWhile(x -> x < 6).boxed().toList());
        System.out.println("limit0 " + IntStream.range(0, n).parallel().limit(0).count() + " " + Stream.of(1, 2).parallel().limit(1).toList());

        // Stateful stages on parallel streams keep encounter order where it is defined.
        List<Integer> data = new ArrayList<>();
        for (int i = 0; i < 3001; i++) {
            data.add((i * 7919) % 1009);
        }
        System.out.println("sorted " + data.parallelStream().sorted().skip(1000).limit(5).toList()
            + " distinct " + data.parallelStream().distinct().limit(6).toList()
            + " " + data.parallelStream().distinct().count()
            + " sorted desc " + data.parallelStream().sorted(Comparator.reverseOrder()).findFirst().get());
        System.out.println("distinct ints " + IntStream.of(3, 1, 3, 2, 1, 5).parallel().distinct().boxed().toList()
            + " sorted doubles " + Arrays.toString(DoubleStream.of(2.5, -1, 0.5).parallel().sorted().toArray()));

        // Collectors: order-sensitive ones give the sequential results; concurrent ones use one container.
        System.out.println("toMap " + data.parallelStream().limit(50).collect(Collectors.toMap(x -> x, x -> 1, Integer::sum, TreeMap::new)).size()
            + " joining " + IntStream.range(0, 12).parallel().mapToObj(Integer::toString).collect(Collectors.joining("-")));
        ConcurrentMap<Integer, Long> byHundreds = data.parallelStream().collect(Collectors.groupingByConcurrent(x -> x / 100, Collectors.counting()));
        System.out.println("groupingByConcurrent " + new TreeMap<>(byHundreds) + " " + byHundreds.getClass().getSimpleName());
        ConcurrentMap<Integer, List<Integer>> lists = data.parallelStream().collect(Collectors.groupingByConcurrent(x -> x % 3));
        System.out.println("groupingByConcurrent lists " + lists.get(0).size() + " " + lists.get(1).size() + " " + lists.get(2).size()
            + " sorted " + lists.get(2).stream().sorted().limit(4).toList());
        ConcurrentSkipListMap<Integer, TreeSet<Integer>> sets = data.parallelStream()
            .collect(Collectors.groupingByConcurrent(x -> x % 4, ConcurrentSkipListMap::new, Collectors.toCollection(TreeSet::new)));
        System.out.println("groupingByConcurrent skip list " + sets.keySet() + " " + sets.get(3).size() + " " + sets.get(3).first());
        ConcurrentMap<Integer, Integer> cmap = IntStream.range(0, 1000).boxed().parallel()
            .collect(Collectors.toConcurrentMap(x -> x % 7, x -> x, Integer::sum));
        System.out.println("toConcurrentMap " + new TreeMap<>(cmap));
        ConcurrentMap<Integer, String> unique = IntStream.range(0, 500).boxed().parallel()
            .collect(Collectors.toConcurrentMap(x -> x, x -> "v" + x));
        System.out.println("toConcurrentMap unique " + unique.size() + " " + unique.get(499));
        expectThrow("toConcurrentMap duplicate", () -> Stream.of(1, 2, 1).collect(Collectors.toConcurrentMap(x -> x, x -> "v" + x)));
        System.out.println("characteristics " + new TreeSet<>(Collectors.toConcurrentMap(x -> x, x -> x).characteristics())
            + " " + new TreeSet<>(Collectors.groupingByConcurrent(x -> x, Collectors.counting()).characteristics())
            + " " + new TreeSet<>(Collectors.groupingByConcurrent(x -> x, Collectors.collectingAndThen(Collectors.counting(), c -> c)).characteristics()));
        AtomicInteger suppliers = new AtomicInteger();
        AtomicInteger combines = new AtomicInteger();
        int total = data.parallelStream().collect(counting(suppliers, combines, Collector.Characteristics.CONCURRENT,
            Collector.Characteristics.UNORDERED));
        System.out.println("concurrent unordered collector " + total + " suppliers " + suppliers + " combines " + combines);
        suppliers.set(0);
        combines.set(0);
        total = data.parallelStream().unordered().collect(counting(suppliers, combines, Collector.Characteristics.CONCURRENT));
        System.out.println("concurrent collector, unordered stream " + total + " suppliers " + suppliers + " combines " + combines);
        suppliers.set(0);
        combines.set(0);
        total = new HashSet<>(data).parallelStream().collect(counting(suppliers, combines, Collector.Characteristics.CONCURRENT));
        System.out.println("concurrent collector, HashSet " + total + " suppliers " + suppliers + " combines " + combines);
        suppliers.set(0);
        combines.set(0);
        total = data.stream().collect(counting(suppliers, combines, Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED));
        System.out.println("concurrent collector, sequential " + total + " suppliers " + suppliers + " combines " + combines);
        suppliers.set(0);
        combines.set(0);
        total = data.parallelStream().collect(counting(suppliers, combines, Collector.Characteristics.CONCURRENT));
        System.out.println("concurrent collector, ordered stream " + total + " more than one supplier " + (suppliers.get() > 1)
            + " combines one fewer " + (combines.get() == suppliers.get() - 1));
        suppliers.set(0);
        combines.set(0);
        total = data.parallelStream().unordered().sorted().collect(counting(suppliers, combines, Collector.Characteristics.CONCURRENT));
        System.out.println("concurrent collector, sorted " + total + " combines one fewer " + (combines.get() == suppliers.get() - 1));

        // Empty and one-element sources in every shape.
        System.out.println("empty " + IntStream.empty().parallel().sum() + " " + LongStream.range(5, 5).parallel().max()
            + " " + DoubleStream.empty().parallel().average() + " " + Stream.empty().parallel().toList()
            + " " + Arrays.toString(IntStream.range(0, 0).parallel().toArray()) + " " + new ArrayList<String>().parallelStream().count()
            + " " + Stream.<String>empty().parallel().reduce(String::concat) + " " + IntStream.empty().parallel().summaryStatistics());
        System.out.println("one " + IntStream.of(42).parallel().map(x -> x + 1).sum() + " " + LongStream.range(7, 8).parallel().min()
            + " " + DoubleStream.of(2.5).parallel().average() + " " + Stream.of("s").parallel().map(String::toUpperCase).toList()
            + " " + Arrays.toString(IntStream.range(9, 10).parallel().toArray()) + " " + List.of(1).parallelStream().reduce(Integer::sum)
            + " " + Stream.of("x").parallel().reduce("", String::concat) + " " + LongStream.of(3).parallel().summaryStatistics());

        // Exceptions thrown in parallel lambdas reach the caller (possibly as a copy wrapping the original).
        expectThrow("map throws", () -> IntStream.range(0, n).parallel().map(x -> {
            if (x == 15_000) {
                throw new IllegalStateException("boom at " + x);
            }
            return x;
        }).sum());
        expectThrow("first part throws", () -> LongStream.range(0, n).parallel().map(x -> {
            if (x == 0) {
                throw new ArithmeticException("first");
            }
            return x;
        }).toArray());
        expectThrow("every element throws", () -> Stream.of(1, 2, 3, 4, 5, 6, 7, 8, 9).parallel().forEach(x -> {
            throw new Custom("custom");
        }));
        expectThrow("collect accumulator", () -> new ArrayList<>(data).parallelStream().collect(ArrayList::new, (l, x) -> {
            if (x == 1008) {
                throw new UnsupportedOperationException("accumulate " + x);
            }
            l.add(x);
        }, ArrayList::addAll));
        expectThrow("reduce combiner", () -> IntStream.range(0, n).boxed().parallel().reduce(0, Integer::sum, (a, b) -> {
            throw new IllegalArgumentException("combine");
        }));
        expectThrow("error", () -> DoubleStream.iterate(0, d -> d + 1).limit(5000).parallel().map(d -> {
            if (d == 4321) {
                throw new AssertionError("assert " + d);
            }
            return d;
        }).sum());
        expectThrow("null from map into toArray ok, NPE in unboxing", () -> Stream.of(1, null, 3).parallel().mapToInt(x -> x).sum());
        expectThrow("sequential still", () -> IntStream.range(0, 10).map(x -> 10 / (x - 5)).sum());
        expectThrow("short-circuit", () -> IntStream.range(0, n).parallel().anyMatch(x -> {
            if (x == 3) {
                throw new IllegalStateException("match");
            }
            return false;
        }));
        // The stream is usable from inside a fork/join task, and the pool is still healthy afterwards.
        int inPool = ForkJoinPool.commonPool().submit(() -> IntStream.range(0, 10_000).parallel().map(x -> x % 3).sum()).join();
        System.out.println("in pool " + inPool + " after " + IntStream.rangeClosed(1, 100).parallel().sum());
    }
}
