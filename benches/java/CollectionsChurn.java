import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collections churn: maps and lists built, queried and dropped over and over, with a bounded live set of
 * recent results (a cache that keeps the last 64 rounds).
 * Measures the allocation-heavy collections workload of ordinary programs: boxing, strings, HashMap resizing,
 * young collections with a live set that keeps changing, promotion of the cache.
 * Prints a checksum per 10 rounds.
 */
public final class CollectionsChurn {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Map<Integer, String>> cache = new ArrayList<>();
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            Map<Integer, String> map = new HashMap<>();
            for (int i = 0; i < 5_000; i++) {
                map.put(i * 31 + round, "v" + i);
            }
            List<Integer> keys = new ArrayList<>(map.keySet());
            long s = 0;
            for (Integer k : keys) {
                s += map.get(k).length() + k;
            }
            checksum = checksum * 31 + s;
            cache.add(map);
            if (cache.size() > 64) {
                cache.remove(0);
            }
            if (round % 10 == 9) {
                System.out.println("round " + (round + 1) + " checksum " + checksum + " cached " + cache.size());
            }
        }
    }
}
