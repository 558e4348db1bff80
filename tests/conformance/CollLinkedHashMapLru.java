import java.util.*;

public class CollLinkedHashMapLru {
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int cap;

        Lru(int cap) {
            super(16, 0.75f, true);
            this.cap = cap;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > cap;
        }
    }

    public static void main(String[] args) {
        Lru<String, Integer> lru = new Lru<>(3);
        lru.put("a", 1);
        lru.put("b", 2);
        lru.put("c", 3);
        System.out.println(lru);
        lru.get("a");
        System.out.println(lru);
        lru.put("d", 4);
        System.out.println(lru);
        lru.put("c", 33);
        System.out.println(lru);
        lru.getOrDefault("a", 0);
        lru.putIfAbsent("e", 5);
        System.out.println(lru + " " + lru.keySet() + " " + lru.values());
        LinkedHashMap<Integer, String> ins = new LinkedHashMap<>();
        for (int i = 20; i > 0; i -= 3) {
            ins.put(i, "v" + i);
        }
        ins.put(11, "again");
        ins.remove(14);
        ins.put(14, "back");
        System.out.println(ins);
        ins.replaceAll((k, v) -> v.toUpperCase());
        ins.computeIfAbsent(100, k -> "new");
        ins.merge(2, "!", String::concat);
        System.out.println(ins);
        LinkedHashSet<String> lhs = new LinkedHashSet<>(List.of("z", "y", "x"));
        lhs.add("a");
        lhs.add("z");
        lhs.remove("y");
        System.out.println(lhs);
        Iterator<Map.Entry<Integer, String>> it = ins.entrySet().iterator();
        it.next();
        it.remove();
        System.out.println(ins.entrySet());
        try {
            for (Integer k : ins.keySet()) {
                if (k == 8) {
                    ins.put(99, "x");
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
    }
}
