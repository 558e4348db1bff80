import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;

/**
 * ConcurrentSkipListMap and ConcurrentSkipListSet: every navigation method on the map and on sub-, head-,
 * tail- and descending views, writes through views and their range checks, the compute family, null checks,
 * iteration with removal; then four threads inserting, merging and removing overlapping keys while a fifth
 * iterates (always ascending, never failing), with an exact final content.
 */
public class ConcurrentSkipListMapOps {
    public static void main(String[] args) throws Exception {
        single();
        views();
        errors();
        sets();
        threaded();
    }

    static void single() {
        ConcurrentSkipListMap<Integer, String> m = new ConcurrentSkipListMap<>();
        for (int k : new int[] {50, 10, 40, 20, 30, 60, 5}) {
            m.put(k, "v" + k);
        }
        System.out.println(m + " size " + m.size());
        System.out.println("first/last " + m.firstKey() + " " + m.lastKey() + " " + m.firstEntry() + " " + m.lastEntry());
        System.out.println("lower " + m.lowerKey(20) + " " + m.lowerEntry(21) + " " + m.lowerKey(5));
        System.out.println("floor " + m.floorKey(20) + " " + m.floorEntry(21) + " " + m.floorKey(4));
        System.out.println("ceiling " + m.ceilingKey(20) + " " + m.ceilingEntry(21) + " " + m.ceilingKey(61));
        System.out.println("higher " + m.higherKey(20) + " " + m.higherEntry(19) + " " + m.higherKey(60));
        System.out.println("put existing " + m.put(20, "twenty") + " putIfAbsent " + m.putIfAbsent(20, "x") + " "
                + m.putIfAbsent(25, "v25"));
        System.out.println("replace " + m.replace(25, "w25") + " " + m.replace(26, "x") + " " + m.replace(25, "nope", "y")
                + " " + m.replace(25, "w25", "z25") + " " + m.get(25));
        System.out.println("remove " + m.remove(25) + " " + m.remove(25) + " " + m.remove(30, "bad") + " "
                + m.remove(30, "v30") + " " + m.containsKey(30) + " " + m.containsValue("v40"));
        System.out.println("compute " + m.computeIfAbsent(30, k -> "c" + k) + " " + m.computeIfAbsent(30, k -> "again")
                + " " + m.computeIfPresent(30, (k, v) -> v + "!") + " " + m.computeIfPresent(31, (k, v) -> "no")
                + " " + m.compute(31, (k, v) -> v == null ? "new" : v + "+") + " " + m.compute(31, (k, v) -> v + "+")
                + " " + m.compute(31, (k, v) -> null) + " " + m.merge(5, "m", String::concat) + " "
                + m.merge(6, "m", String::concat) + " " + m.merge(6, "x", (a, b) -> null) + " " + m.getOrDefault(6, "dflt"));
        m.replaceAll((k, v) -> v.toUpperCase());
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(':').append(v).append(' '));
        System.out.println("forEach " + sb);
        System.out.println("poll " + m.pollFirstEntry() + " " + m.pollLastEntry() + " " + m);
        Iterator<Map.Entry<Integer, String>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, String> e = it.next();
            if (e.getKey() % 20 == 0) {
                it.remove();
            }
        }
        System.out.println("after iterator removal " + m + " keys " + m.keySet() + " values " + m.values());
        try {
            m.firstEntry().setValue("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("entry snapshot is read-only");
        }
        ConcurrentSkipListMap<String, Integer> byLength = new ConcurrentSkipListMap<>(
                Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : "pear fig apple kiwi banana plum".split(" ")) {
            byLength.put(s, s.length());
        }
        System.out.println("comparator " + byLength + " " + byLength.headMap("kiwi") + " clone equal "
                + byLength.clone().equals(byLength) + " " + new ConcurrentSkipListMap<>(byLength).firstKey());
        m.clear();
        System.out.println("cleared " + m + " " + m.isEmpty() + " " + m.firstEntry() + " " + m.pollFirstEntry());
    }

    static void views() {
        ConcurrentSkipListMap<Integer, Integer> m = new ConcurrentSkipListMap<>();
        for (int k = 0; k < 20; k += 2) {
            m.put(k, k * k);
        }
        ConcurrentNavigableMap<Integer, Integer> sub = m.subMap(4, true, 14, false);
        ConcurrentNavigableMap<Integer, Integer> head = m.headMap(6);
        ConcurrentNavigableMap<Integer, Integer> tail = m.tailMap(13, false);
        ConcurrentNavigableMap<Integer, Integer> desc = m.descendingMap();
        System.out.println("sub " + sub + " head " + head + " tail " + tail + " desc " + desc);
        System.out.println("sub nav " + sub.firstKey() + " " + sub.lastKey() + " " + sub.lowerKey(4) + " "
                + sub.floorKey(100) + " " + sub.ceilingKey(-5) + " " + sub.higherKey(12) + " " + sub.size());
        System.out.println("desc nav " + desc.firstKey() + " " + desc.lastKey() + " " + desc.lowerKey(10) + " "
                + desc.higherKey(10) + " " + desc.floorKey(9) + " " + desc.ceilingKey(9) + " " + desc.headMap(14)
                + " " + desc.tailMap(4, false) + " " + desc.subMap(12, 6));
        System.out.println("desc of sub " + sub.descendingMap() + " keys " + sub.descendingKeySet() + " "
                + sub.descendingMap().descendingMap());
        sub.put(5, 25);
        sub.remove(6);
        System.out.println("written through " + m.subMap(3, 9) + " sub now " + sub + " sub.get(6) " + sub.get(6)
                + " sub.get(16) " + sub.get(16) + " containsKey(16) " + sub.containsKey(16));
        try {
            sub.put(14, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("sub put out of range: " + e.getMessage());
        }
        try {
            sub.subMap(2, 8);
        } catch (IllegalArgumentException e) {
            System.out.println("sub of sub out of range: " + e.getMessage());
        }
        try {
            m.subMap(9, 3);
        } catch (IllegalArgumentException e) {
            System.out.println("inverted range: " + e.getMessage());
        }
        System.out.println("sub.subMap " + sub.subMap(5, 12) + " " + sub.headMap(8, true) + " " + sub.tailMap(8));
        System.out.println("view polls " + sub.pollFirstEntry() + " " + desc.pollFirstEntry() + " " + tail.pollLastEntry()
                + " " + m);
        head.clear();
        System.out.println("head cleared " + m + " head empty " + head.isEmpty());
        NavigableSet<Integer> keys = m.navigableKeySet();
        System.out.println("keys " + keys.first() + " " + keys.last() + " " + keys.floor(9) + " " + keys.higher(8)
                + " " + keys.headSet(10) + " " + keys.descendingSet() + " " + keys.subSet(6, true, 12, true));
        Iterator<Integer> di = keys.descendingIterator();
        List<Integer> seen = new ArrayList<>();
        while (di.hasNext()) {
            int k = di.next();
            seen.add(k);
            if (k == 10) {
                di.remove();
            }
        }
        System.out.println("descending iteration " + seen + " then " + m);
        try {
            keys.add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("keySet add unsupported");
        }
    }

    static void errors() {
        ConcurrentSkipListMap<String, String> m = new ConcurrentSkipListMap<>();
        m.put("a", "1");
        attempt("put null key", () -> m.put(null, "x"));
        attempt("put null value", () -> m.put("b", null));
        attempt("get null", () -> m.get(null));
        attempt("containsValue null", () -> m.containsValue(null));
        attempt("remove null", () -> m.remove(null));
        attempt("firstKey empty", () -> new ConcurrentSkipListMap<String, String>().firstKey());
        attempt("lastKey empty view", () -> m.tailMap("b").lastKey());
        attempt("ceilingKey null", () -> m.ceilingKey(null));
        attempt("not comparable", () -> new ConcurrentSkipListMap<Object, String>().put(new Object(), "x"));
        attempt("iterator remove twice", () -> {
            Iterator<String> it = m.keySet().iterator();
            it.next();
            it.remove();
            it.remove();
        });
        attempt("iterator past end", () -> m.values().iterator().next());
    }

    static void sets() {
        ConcurrentSkipListSet<String> s = new ConcurrentSkipListSet<>();
        for (String w : "delta alpha echo bravo charlie alpha".split(" ")) {
            System.out.print(s.add(w) ? "+" : "=");
        }
        System.out.println(" " + s + " size " + s.size());
        System.out.println("nav " + s.first() + " " + s.last() + " " + s.lower("c") + " " + s.floor("charlie") + " "
                + s.ceiling("d") + " " + s.higher("echo") + " " + s.contains("bravo") + " " + s.remove("bravo") + " "
                + s.remove("bravo"));
        NavigableSet<String> sub = s.subSet("b", true, "e", false);
        sub.add("cat");
        System.out.println("sub " + sub + " whole " + s + " desc " + s.descendingSet() + " head " + s.headSet("c")
                + " tail " + s.tailSet("d", false));
        try {
            sub.add("zulu");
        } catch (IllegalArgumentException e) {
            System.out.println("subset add out of range: " + e.getMessage());
        }
        System.out.println("polls " + s.pollFirst() + " " + s.pollLast() + " " + s + " clone " + s.clone());
        ConcurrentSkipListSet<Integer> rev = new ConcurrentSkipListSet<>(Collections.reverseOrder());
        for (int i = 0; i < 10; i++) {
            rev.add(i * 7 % 10);
        }
        System.out.println("reverse " + rev + " " + new ConcurrentSkipListSet<>(rev) + " " + new ConcurrentSkipListSet<>(List.of(3, 1, 2)));
        rev.removeIf(i -> i % 3 == 0);
        System.out.println("removeIf " + rev + " equals " + rev.equals(new java.util.TreeSet<>(List.of(1, 2, 4, 5, 7, 8))));
    }

    static void threaded() throws InterruptedException {
        ConcurrentSkipListMap<Integer, Integer> m = new ConcurrentSkipListMap<>();
        ConcurrentSkipListSet<Integer> set = new ConcurrentSkipListSet<>();
        int threads = 4;
        int n = 2000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                for (int i = 0; i < n; i++) {
                    // Keys overlap between threads: each key i gets one merge from every thread.
                    m.merge(i, 1, Integer::sum);
                    set.add(i * threads + id);
                    if (i % 3 == id % 3) {
                        set.remove(i * threads + id);
                    }
                }
                for (int i = id; i < n; i += threads) {
                    if (i % 5 == 0) {
                        m.remove(i + n);
                    }
                    m.putIfAbsent(i + n, id);
                }
            });
            workers.add(w);
            w.start();
        }
        String[] iteration = new String[1];
        Thread reader = new Thread(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            boolean ordered = true;
            for (int round = 0; round < 20; round++) {
                int prev = Integer.MIN_VALUE;
                for (int k : m.keySet()) {
                    ordered &= k > prev;
                    prev = k;
                }
                prev = Integer.MAX_VALUE;
                for (int k : set.descendingSet()) {
                    ordered &= k < prev;
                    prev = k;
                }
            }
            iteration[0] = "ordered " + ordered;
        });
        reader.start();
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        reader.join();
        long counts = 0;
        boolean allFour = true;
        for (int i = 0; i < n; i++) {
            counts += m.get(i);
            allFour &= m.get(i) == threads;
        }
        long owners = 0;
        for (int i = n; i < 2 * n; i++) {
            owners += m.get(i);
        }
        long setSum = 0;
        for (int x : set) {
            setSum += x;
        }
        System.out.println("threads: map size " + m.size() + " counts " + counts + " allFour " + allFour
                + " owners " + owners + " set size " + set.size() + " set sum " + setSum + " " + iteration[0]);
        System.out.println("threads: first " + m.firstEntry() + " last " + m.lastEntry() + " set " + set.first()
                + ".." + set.last() + " head " + set.headSet(12));
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName());
        }
    }
}
