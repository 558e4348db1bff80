// Identity hash codes stay the same when the collector moves objects (young copies, promotion, full
// compaction); identity-keyed maps keep working across collections.
import java.util.IdentityHashMap;

public class GcIdentityHash {
    public static void main(String[] args) {
        Object[] objs = new Object[2000];
        int[] hashes = new int[objs.length];
        for (int i = 0; i < objs.length; i++) {
            objs[i] = (i % 3 == 0) ? new int[i % 17] : (i % 3 == 1 ? new Object() : "s" + i);
            hashes[i] = System.identityHashCode(objs[i]);
        }
        IdentityHashMap<Object, Integer> map = new IdentityHashMap<>();
        for (int i = 0; i < objs.length; i += 2) {
            map.put(objs[i], i);
        }
        for (int round = 0; round < 5; round++) {
            for (int k = 0; k < 100_000; k++) {
                Object garbage = new long[3];
            }
            if (round % 2 == 0) {
                System.gc();
            }
            int stable = 0;
            for (int i = 0; i < objs.length; i++) {
                if (System.identityHashCode(objs[i]) == hashes[i]) {
                    stable++;
                }
            }
            int found = 0;
            for (int i = 0; i < objs.length; i += 2) {
                Integer v = map.get(objs[i]);
                if (v != null && v == i) {
                    found++;
                }
            }
            System.out.println("round " + round + " stable " + stable + " found " + found);
        }
        Object fresh = new Object();
        int h = fresh.hashCode();
        System.gc();
        System.out.println("hashCode stable " + (fresh.hashCode() == h) + " nonzero " + (h != 0));
    }
}
