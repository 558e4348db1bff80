import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** Threads update one ConcurrentHashMap: merge counts, compute, putIfAbsent races with one winner per key,
 * LongAdder values, CopyOnWriteArrayList and ConcurrentLinkedQueue appends; exact totals, printed sorted. */
public class ConcurrentHashMapThreads {
    public static void main(String[] args) throws Exception {
        String[] words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split(" ");
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, LongAdder> adders = new ConcurrentHashMap<>();
        ConcurrentHashMap<Integer, String> winners = new ConcurrentHashMap<>();
        AtomicInteger wins = new AtomicInteger();
        ConcurrentHashMap<Integer, Integer> computed = new ConcurrentHashMap<>();
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>();
        ConcurrentLinkedQueue<Integer> clq = new ConcurrentLinkedQueue<>();
        int threads = 4;
        int perThread = 6_000;
        CountDownLatch go = new CountDownLatch(1);
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    String w = words[(i * 7 + id) % words.length];
                    counts.merge(w, 1, Integer::sum);
                    adders.computeIfAbsent(w, k -> new LongAdder()).add(i % 3);
                    if (winners.putIfAbsent(i % 500, "t" + id) == null) {
                        wins.incrementAndGet();
                    }
                    computed.compute(i % 64, (k, v) -> v == null ? 1 : v + 1);
                    if (i % 100 == 0) {
                        cow.add(id * 1000 + i / 100);
                        clq.add(i);
                    }
                }
            }, "chm-" + t);
            ts[t].start();
        }
        go.countDown();
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("counts " + new TreeMap<>(counts));
        int total = 0;
        for (int v : counts.values()) {
            total += v;
        }
        System.out.println("total " + total + " expected " + threads * perThread);
        TreeMap<String, Long> sums = new TreeMap<>();
        adders.forEach((k, v) -> sums.put(k, v.sum()));
        System.out.println("adders " + sums);
        System.out.println("putIfAbsent winners " + winners.size() + " wins " + wins.get());
        int computedTotal = 0;
        for (int v : computed.values()) {
            computedTotal += v;
        }
        System.out.println("computed keys " + computed.size() + " total " + computedTotal + " key 0 " + computed.get(0));
        List<Integer> sorted = new ArrayList<>(cow);
        Collections.sort(sorted);
        System.out.println("cow size " + cow.size() + " first " + sorted.subList(0, 5) + " clq size " + clq.size());
        System.out.println("map view " + counts.keySet().size() + " " + counts.containsKey("mu") + " " + counts.values().stream().mapToInt(Integer::intValue).sum());
    }
}
