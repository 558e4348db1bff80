import java.util.*;
import java.util.concurrent.*;

/** ConcurrentHashMap's atomic operations, null rejection, views, iterator removal during iteration. */
public class ConcHashMapApi {
    public static void main(String[] args) {
        ConcurrentMap<String, Integer> m = new ConcurrentHashMap<>();
        System.out.println(m.putIfAbsent("a", 1) + " " + m.putIfAbsent("a", 2) + " " + m.get("a"));
        System.out.println(m.replace("a", 1, 10) + " " + m.replace("a", 1, 20) + " " + m.replace("b", 5) + " " + m.replace("a", 11));
        System.out.println(m.remove("a", 99) + " " + m.remove("a", 11) + " " + m.isEmpty());
        m.put("x", 1);
        m.put("y", 2);
        m.put("z", 3);
        System.out.println(m.computeIfAbsent("w", k -> k.length() * 100) + " " + m.computeIfPresent("x", (k, v) -> v + 40)
            + " " + m.compute("y", (k, v) -> null) + " " + m.merge("z", 5, (a, b) -> a * b) + " " + m);
        System.out.println(m.getOrDefault("nope", -1) + " " + m.containsKey("w") + " " + m.containsValue(41) + " " + m.size());
        try {
            m.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE key");
        }
        try {
            m.put("k", null);
        } catch (NullPointerException e) {
            System.out.println("NPE value");
        }
        try {
            m.get(null);
        } catch (NullPointerException e) {
            System.out.println("NPE get");
        }
        for (Iterator<String> it = m.keySet().iterator(); it.hasNext();) {
            String k = it.next();
            if (k.equals("x")) it.remove();
            m.put("added" + k, 0);
        }
        System.out.println(new TreeMap<>(m));
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            if (e.getKey().equals("z")) e.setValue(-15);
        }
        System.out.println(m.get("z"));
        ConcurrentHashMap<String, Integer> c = (ConcurrentHashMap<String, Integer>) m;
        System.out.println(c.mappingCount() + " " + c.equals(new HashMap<>(c)) + " " + (c.hashCode() == new HashMap<>(c).hashCode()));
        Set<String> ks = ConcurrentHashMap.newKeySet();
        ks.add("one");
        ks.add("two");
        ks.add("one");
        System.out.println(ks.size() + " " + new TreeSet<>(ks));
        c.replaceAll((k, v) -> v + 1);
        c.forEach((k, v) -> { if (k.startsWith("added")) c.remove(k); });
        System.out.println(new TreeMap<>(c));
        c.clear();
        System.out.println(c + " " + c.size());
    }
}
