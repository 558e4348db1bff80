import java.util.*;

/** WeakHashMap with Integer and String keys: HotSpot's order through growth, removal and putAll, next to HashMap's. */
public class Util2WeakHashMapInts {
    public static void main(String[] args) {
        WeakHashMap<Integer, Integer> w = new WeakHashMap<>();
        HashMap<Integer, Integer> h = new HashMap<>();
        int[] keys = {5, 100, 17, 33, 64, 1024, 7, 2048, 99, 12, 48, 300, 1, 0, -4, 65536, 77, 31, 16, 8};
        for (int k : keys) {
            w.put(k, k * k);
            h.put(k, k * k);
        }
        System.out.println(w.keySet());
        System.out.println(h.keySet());
        System.out.println(w.equals(h) + " " + (w.hashCode() == h.hashCode()));
        for (int i = 0; i < 100; i += 3) {
            w.put(i, i);
        }
        System.out.println(w.keySet());
        w.keySet().removeIf(k -> k % 2 == 1);
        System.out.println(w.size() + " " + w.keySet());
        WeakHashMap<String, Integer> s = new WeakHashMap<>(4, 0.5f);
        for (String x : "the quick brown fox jumps over the lazy dog again and again".split(" ")) {
            s.merge(x, 1, Integer::sum);
        }
        System.out.println(s);
        WeakHashMap<String, Integer> big = new WeakHashMap<>();
        Map<String, Integer> src = new TreeMap<>();
        for (int i = 0; i < 40; i++) {
            src.put("k" + i, i);
        }
        big.putAll(src);
        System.out.println(big.keySet());
        System.out.println(big.entrySet().iterator().next() + " " + big.values().stream().mapToInt(i -> i).sum());
    }
}
