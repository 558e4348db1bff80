// jvm-args: -Xmx24m
// Collections rebuilt over and over (maps of strings, lists of boxed numbers): allocation far beyond the heap
// size with a moderate live set that changes shape, the workload of ordinary programs.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class GcMapChurn {
    public static void main(String[] args) {
        TreeMap<String, List<Integer>> keep = new TreeMap<>();
        long checksum = 0;
        for (int round = 0; round < 16; round++) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < 20_000; i++) {
                m.put("key" + (i * 7 + round), i);
            }
            long s = 0;
            for (Map.Entry<String, Integer> e : m.entrySet()) {
                s += e.getKey().hashCode() ^ e.getValue();
            }
            checksum += s;
            List<Integer> sample = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                sample.add(m.get("key" + (i * 7 + round)));
            }
            keep.put("round" + round, sample);
            if (keep.size() > 10) {
                keep.remove(keep.firstKey());
            }
        }
        System.out.println("checksum " + checksum);
        for (Map.Entry<String, List<Integer>> e : keep.entrySet()) {
            System.out.println(e.getKey() + " " + e.getValue().subList(0, 5));
        }
    }
}
