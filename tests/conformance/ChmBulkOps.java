import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ConcurrentHashMap's bulk operations: every forEach, search and reduce form on pairs, keys, values and
 * entries, sequentially (threshold Long.MAX_VALUE: iteration order, printed) and in parallel (threshold 1:
 * results that do not depend on the split: sums, counts, maxima, unique search hits), null-skipping
 * transformers, empty maps, and null functions.
 */
public class ChmBulkOps {
    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> small = new ConcurrentHashMap<>();
        for (String w : "one two three four five six seven eight nine ten".split(" ")) {
            small.put(w, w.length());
        }
        long seq = Long.MAX_VALUE;
        StringBuilder sb = new StringBuilder();
        small.forEach(seq, (k, v) -> sb.append(k).append('=').append(v).append(' '));
        System.out.println("forEach: " + sb);
        List<String> out = new ArrayList<>();
        small.forEach(seq, (k, v) -> v > 3 ? k.toUpperCase() : null, out::add);
        small.forEachKey(seq, k -> out.add("k:" + k));
        small.forEachKey(seq, k -> k.startsWith("t") ? k : null, k -> out.add("t:" + k));
        small.forEachValue(seq, v -> out.add("v" + v));
        small.forEachValue(seq, v -> v == 5 ? "five-letter" : null, out::add);
        small.forEachEntry(seq, e -> out.add(e.getKey() + "->" + e.getValue()));
        small.forEachEntry(seq, e -> e.getValue() == 4 ? e.getKey() : null, k -> out.add("four:" + k));
        System.out.println("sequential: " + out);
        System.out.println("search: " + small.search(seq, (k, v) -> v == 5 ? k : null) + " "
                + small.searchKeys(seq, k -> k.endsWith("x") ? k : null) + " "
                + small.searchValues(seq, v -> v > 4 ? "long " + v : null) + " "
                + small.searchEntries(seq, e -> e.getKey().equals("nine") ? e.getValue() : null) + " none "
                + small.search(seq, (k, v) -> null));
        System.out.println("reduce: " + small.reduce(seq, (k, v) -> k.substring(0, 1), (a, b) -> a + b) + " "
                + small.reduceKeys(seq, (a, b) -> a.compareTo(b) > 0 ? a : b) + " "
                + small.reduceKeys(seq, k -> k.length() > 4 ? k : null, (a, b) -> a + "|" + b) + " "
                + small.reduceValues(seq, Integer::sum) + " "
                + small.reduceValues(seq, v -> v * 10, Math::max) + " "
                + small.reduceEntries(seq, (a, b) -> a.getValue() >= b.getValue() ? a : b).getKey() + " "
                + small.reduceEntries(seq, e -> e.getKey().length(), Integer::sum));
        System.out.println("primitive: " + small.reduceToLong(seq, (k, v) -> (long) v * k.length(), 0L, Long::sum) + " "
                + small.reduceToInt(seq, (k, v) -> v, 0, Math::max) + " "
                + small.reduceToDouble(seq, (k, v) -> v / 2.0, 0.0, Double::sum) + " "
                + small.reduceKeysToLong(seq, k -> k.charAt(0), 0L, Long::sum) + " "
                + small.reduceKeysToInt(seq, String::length, 1, (a, b) -> a * b) + " "
                + small.reduceKeysToDouble(seq, String::length, 0.0, Math::max) + " "
                + small.reduceValuesToLong(seq, v -> v, 100L, Long::sum) + " "
                + small.reduceValuesToInt(seq, v -> v, Integer.MAX_VALUE, Math::min) + " "
                + small.reduceValuesToDouble(seq, v -> v, 0.0, Double::sum) + " "
                + small.reduceEntriesToLong(seq, e -> e.getValue(), 0L, Long::sum) + " "
                + small.reduceEntriesToInt(seq, e -> 1, 0, Integer::sum) + " "
                + small.reduceEntriesToDouble(seq, e -> e.getValue(), 1.0, (a, b) -> a * b));

        ConcurrentHashMap<Integer, Long> big = new ConcurrentHashMap<>();
        long expected = 0;
        for (int i = 0; i < 20_000; i++) {
            big.put(i, (long) i * i % 1009);
            expected += (long) i * i % 1009;
        }
        AtomicLong count = new AtomicLong();
        AtomicLong total = new AtomicLong();
        big.forEach(1, (k, v) -> {
            count.incrementAndGet();
            total.addAndGet(v);
        });
        AtomicLong evenKeys = new AtomicLong();
        big.forEachKey(1, k -> k % 2 == 0 ? k : null, k -> evenKeys.incrementAndGet());
        AtomicLong valueSum = new AtomicLong();
        big.forEachValue(1, valueSum::addAndGet);
        AtomicLong entries = new AtomicLong();
        big.forEachEntry(1, e -> entries.addAndGet(e.getKey()));
        System.out.println("parallel forEach: " + count + " " + (total.get() == expected) + " " + evenKeys + " "
                + (valueSum.get() == expected) + " " + entries);
        System.out.println("parallel search: " + big.search(1, (k, v) -> k == 12_345 ? "found " + v : null) + " "
                + big.searchKeys(1, k -> k == 19_999 ? k : null) + " "
                + big.searchValues(1, v -> v > 5000 ? v : null) + " "
                + big.searchEntries(1, e -> e.getKey() == 7 ? e.getValue() : null));
        System.out.println("parallel reduce: " + (big.reduce(1, (k, v) -> v, Long::sum) == expected) + " "
                + big.reduceKeys(1, Math::max) + " " + big.reduceKeys(1, k -> k % 1000 == 0 ? k : null, Integer::sum) + " "
                + big.reduceValues(1, Math::max) + " " + big.reduceValues(1, v -> v == 0 ? 1 : null, Integer::sum) + " "
                + big.reduceEntries(1, e -> e.getValue() == 1008 ? e.getKey() : null, Math::min));
        System.out.println("parallel primitive: " + (big.reduceToLong(1, (k, v) -> v, 0L, Long::sum) == expected) + " "
                + big.reduceKeysToLong(1, k -> k, 0L, Long::sum) + " " + big.reduceValuesToInt(1, v -> (int) (long) v, 0, Math::max)
                + " " + big.reduceEntriesToInt(1, e -> 1, 0, Integer::sum) + " "
                + big.reduceKeysToDouble(1, k -> k % 3, 0.0, Double::sum) + " "
                + big.reduceToInt(1, (k, v) -> k < 10 ? 1 : 0, 0, Integer::sum));
        TreeSet<Integer> zeros = new TreeSet<>();
        big.forEach(1, (k, v) -> v == 0 ? k : null, k -> {
            synchronized (zeros) {
                zeros.add(k);
            }
        });
        System.out.println("keys with value 0: " + zeros.size() + " first " + zeros.first() + " last " + zeros.last());

        ConcurrentHashMap<String, Integer> empty = new ConcurrentHashMap<>();
        System.out.println("empty: " + empty.reduce(1, (k, v) -> v, Integer::sum) + " " + empty.reduceKeys(seq, (a, b) -> a)
                + " " + empty.reduceValuesToLong(seq, v -> v, 42L, Long::sum) + " " + empty.search(1, (k, v) -> k)
                + " " + empty.reduceEntries(1, (a, b) -> a));
        attempt("forEach null action", () -> small.forEach(seq, (java.util.function.BiConsumer<String, Integer>) null));
        attempt("search null function", () -> small.search(1, null));
        attempt("reduce null transformer", () -> small.reduce(seq, null, (a, b) -> a));
        attempt("reduceKeys null reducer", () -> small.reduceKeys(seq, null));
        attempt("reduceToLong null transformer", () -> small.reduceToLong(seq, null, 0L, Long::sum));
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (NullPointerException e) {
            System.out.println(label + ": NPE");
        }
    }
}
