import java.util.*;
import java.util.concurrent.*;

/** ConcurrentHashMap iteration order versus HashMap: integers, strings, resizes (CHM resizes one insertion earlier), removals. */
public class ConcHashMapOrder {
    public static void main(String[] args) {
        ConcurrentHashMap<Integer, String> ci = new ConcurrentHashMap<>();
        HashMap<Integer, String> hi = new HashMap<>();
        for (int i = 0; i < 40; i += 3) {
            ci.put(i * 7, "v" + i);
            hi.put(i * 7, "v" + i);
        }
        System.out.println(ci);
        System.out.println(hi);
        String[] words = "the quick brown fox jumps over the lazy dog and then some more words appear here".split(" ");
        ConcurrentHashMap<String, Integer> cs = new ConcurrentHashMap<>();
        HashMap<String, Integer> hs = new HashMap<>();
        for (String w : words) {
            cs.merge(w, 1, Integer::sum);
            hs.merge(w, 1, Integer::sum);
        }
        System.out.println(cs);
        System.out.println(hs);
        System.out.println(cs.keySet());
        System.out.println(cs.values());
        for (int n = 10; n <= 14; n++) {
            ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
            for (int i = 0; i < n; i++) m.put("key" + (i * 13), i);
            System.out.println(n + " " + m.keySet());
        }
        ConcurrentHashMap<Integer, Integer> big = new ConcurrentHashMap<>();
        for (int i = 0; i < 200; i++) big.put(i * 37 % 1000, i);
        StringBuilder sb = new StringBuilder();
        for (Integer k : big.keySet()) sb.append(k).append(',');
        System.out.println(sb.length() + " " + sb.substring(0, 80));
        for (int i = 0; i < 200; i += 2) big.remove(i * 37 % 1000);
        System.out.println(big.size() + " " + big.keySet().iterator().next());
        ConcurrentHashMap<String, Integer> sized = new ConcurrentHashMap<>(100);
        for (int i = 0; i < 20; i++) sized.put("s" + i, i);
        System.out.println(sized.keySet());
        ConcurrentHashMap<String, Integer> copy = new ConcurrentHashMap<>(hs);
        System.out.println(copy);
    }
}
