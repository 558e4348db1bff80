import java.util.*;

/** Hashtable through its legacy Dictionary API, clone, growth from small capacities and Integer/String key orders. */
public class Util2HashtableLegacy {
    static void dump(Dictionary<?, ?> d) {
        StringBuilder sb = new StringBuilder();
        for (Enumeration<?> k = d.keys(), v = d.elements(); k.hasMoreElements();) {
            sb.append(k.nextElement()).append(':').append(v.nextElement()).append(' ');
        }
        System.out.println(d.size() + " " + d.isEmpty() + " " + sb.toString().trim());
    }

    public static void main(String[] args) {
        Dictionary<String, Integer> d = new Hashtable<>();
        dump(d);
        for (String s : "one two three four five six seven eight nine ten eleven twelve".split(" ")) {
            d.put(s, s.length());
        }
        dump(d);
        System.out.println(d.get("three") + " " + d.get("zero") + " " + d.remove("four") + " " + d.remove("four"));
        dump(d);
        Hashtable<Integer, Integer> h = new Hashtable<>(3, 0.5f);
        for (int i = 0; i < 25; i++) {
            h.put(i * 37 % 101, i);
        }
        System.out.println(h);
        @SuppressWarnings("unchecked")
        Hashtable<Integer, Integer> c = (Hashtable<Integer, Integer>) h.clone();
        c.put(1000, 1);
        System.out.println(c.size() + " " + h.size() + " " + c.keySet().containsAll(h.keySet()));
        System.out.println(c);
        Hashtable<Long, String> longs = new Hashtable<>();
        for (long l = -3; l <= 3; l++) {
            longs.put(l * 1_000_000_007L, "L" + l);
        }
        System.out.println(longs);
        Hashtable<String, String> zero = new Hashtable<>(0);
        zero.put("a", "1");
        zero.put("b", "2");
        zero.put("c", "3");
        System.out.println(zero);
        try {
            new Hashtable<String, String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new Hashtable<String, String>(4, 0f);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Map<String, Integer> m = new Hashtable<>(Map.of("x", 1, "y", 2, "z", 3));
        m.replaceAll((k, v) -> v * 100);
        m.computeIfPresent("x", (k, v) -> v + 1);
        m.putIfAbsent("w", 0);
        System.out.println(m + " " + m.entrySet().contains(new AbstractMap.SimpleEntry<>("y", 200)));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(v));
        System.out.println(sb);
        Iterator<String> it = m.keySet().iterator();
        it.next();
        m.put("new", 5);
        try {
            it.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
    }
}
