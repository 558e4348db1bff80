import java.util.*;

/** Single-threaded code that synchronizes on every call: StringBuffer, Vector, Hashtable, synchronized wrappers. */
public class SyncCollections {
    private int counter;

    synchronized void inc() {
        counter++;
    }

    static synchronized long mix(long h, int v) {
        return h * 31 + v;
    }

    public static void main(String[] args) {
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 2000; i++) {
            sb.append(i % 10);
            if (sb.length() > 50) {
                sb.delete(0, 25);
            }
        }
        System.out.println(sb + " " + sb.length() + " " + sb.reverse());
        Vector<Integer> v = new Vector<>();
        for (int i = 0; i < 5000; i++) {
            v.add(i * 7 % 1000);
        }
        long h = 0;
        for (int x : v) {
            h = mix(h, x);
        }
        System.out.println(v.size() + " " + h + " " + v.get(4321) + " " + v.indexOf(999));
        Hashtable<String, Integer> t = new Hashtable<>();
        for (int i = 0; i < 3000; i++) {
            t.merge("k" + (i % 97), i, Integer::sum);
        }
        System.out.println(t.size() + " " + t.get("k5") + " " + t.containsKey("k96") + " " + t.get("k97"));
        Map<Integer, Integer> sm = Collections.synchronizedMap(new TreeMap<>());
        List<Integer> sl = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 1000; i++) {
            sm.put(i % 13, i);
            sl.add(i % 17);
        }
        System.out.println(sm + " " + sl.size() + " " + sl.get(500));
        SyncCollections c = new SyncCollections();
        for (int i = 0; i < 100_000; i++) {
            c.inc();
            synchronized (c) {
                c.counter++;
            }
        }
        System.out.println(c.counter);
    }
}
