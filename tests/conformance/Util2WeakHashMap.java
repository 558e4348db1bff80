import java.util.*;

/** WeakHashMap with strongly reachable keys: HotSpot's iteration order, resize, null key, views. */
public class Util2WeakHashMap {
    public static void main(String[] args) {
        WeakHashMap<String, Integer> m = new WeakHashMap<>();
        List<String> keep = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String k = "key" + i;
            keep.add(k);
            m.put(k, i);
            if (i % 7 == 6) {
                System.out.println(m);
            }
        }
        System.out.println(m.size() + " " + m.get("key5") + " " + m.containsKey("key29") + " " + m.containsValue(17));
        m.remove("key3");
        m.put("key4", 44);
        System.out.println(m.keySet());
        System.out.println(m.values());
        WeakHashMap<Integer, String> n = new WeakHashMap<>();
        for (int i = 0; i < 50; i += 4) {
            n.put(i * 1000, "v" + i);
        }
        System.out.println(n);
        n.put(null, "nullkey");
        System.out.println(n.get(null) + " " + n.containsKey(null) + " " + n.size() + " " + n.remove(null));
        Map<Integer, String> copy = new WeakHashMap<>(n);
        System.out.println(copy.equals(n) + " " + copy);
        Iterator<Integer> it = n.keySet().iterator();
        while (it.hasNext()) {
            if (it.next() % 8000 == 0) {
                it.remove();
            }
        }
        System.out.println(n);
        WeakHashMap<Character, Integer> c = new WeakHashMap<>(2);
        for (char ch = 'a'; ch <= 'z'; ch++) {
            c.put(ch, (int) ch);
        }
        System.out.println(c.keySet());
        c.clear();
        System.out.println(c + " " + c.isEmpty() + " " + keep.size());
    }
}
