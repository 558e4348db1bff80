import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Collections.synchronized* views under four threads at once: no update is lost, the totals are exact. */
public class ThreadSynchronizedViews {
    public static void main(String[] args) throws InterruptedException {
        List<Integer> list = Collections.synchronizedList(new ArrayList<>());
        List<Integer> linked = Collections.synchronizedList(new LinkedList<>());
        Set<Integer> set = Collections.synchronizedSet(new HashSet<>());
        Map<Integer, Integer> map = Collections.synchronizedMap(new HashMap<>());
        Map<Integer, Integer> sorted = Collections.synchronizedSortedMap(new TreeMap<>());
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            final int base = t * 5_000;
            threads[t] = new Thread(() -> {
                for (int k = 0; k < 5_000; k++) {
                    list.add(base + k);
                    linked.add(k);
                    set.add(base + k);
                    map.merge(k % 100, 1, Integer::sum);
                    sorted.put(base + k, k);
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long sum = 0;
        synchronized (list) {
            for (int v : list) {
                sum += v;
            }
        }
        System.out.println("list " + list.size() + " sum " + sum + " linked " + linked.size());
        System.out.println("set " + set.size() + " map " + map.size() + " counts " + map.get(0) + " " + map.get(99));
        System.out.println("sorted " + sorted.size() + " first " + ((TreeMap<Integer, Integer>) new TreeMap<>(sorted)).firstKey());
        List<Integer> copy = new ArrayList<>(list);
        Collections.sort(copy);
        System.out.println("sorted copy ends " + copy.get(0) + " " + copy.get(copy.size() - 1) + " " + list.subList(0, 0));
    }
}
