import java.util.*;

public class CollTreeMapNav {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            m.put((i * 37) % 50, "v" + i);
        }
        System.out.println(m);
        System.out.println(m.firstKey() + " " + m.lastKey() + " " + m.firstEntry() + " " + m.lastEntry());
        for (int k : new int[] {-1, 0, 3, 11, 25, 48, 49, 100}) {
            System.out.println(k + ": ceil=" + m.ceilingKey(k) + " floor=" + m.floorKey(k) + " higher="
                + m.higherKey(k) + " lower=" + m.lowerKey(k) + " ce=" + m.ceilingEntry(k));
        }
        System.out.println(m.headMap(20));
        System.out.println(m.headMap(22, true));
        System.out.println(m.tailMap(30));
        System.out.println(m.tailMap(30, false));
        System.out.println(m.subMap(10, 30));
        System.out.println(m.subMap(11, false, 37, true));
        System.out.println(m.descendingMap());
        System.out.println(m.descendingKeySet());
        System.out.println(m.descendingMap().headMap(30));
        System.out.println(m.descendingMap().subMap(40, 10));
        System.out.println(m.descendingMap().firstKey() + " " + m.descendingMap().ceilingKey(23));
        NavigableMap<Integer, String> sub = m.subMap(10, true, 40, true);
        sub.put(15, "new");
        try {
            sub.put(45, "bad");
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println(sub.size() + " " + sub);
        System.out.println(m.pollFirstEntry() + " " + m.pollLastEntry() + " " + m.size());
        sub.remove(22);
        System.out.println(m.containsKey(22) + " " + m);
        Iterator<Integer> it = m.keySet().iterator();
        while (it.hasNext()) {
            if (it.next() % 3 == 0) {
                it.remove();
            }
        }
        System.out.println(m);
        TreeMap<String, Integer> r = new TreeMap<>(Comparator.reverseOrder());
        for (String s : "the quick brown fox jumps over the lazy dog".split(" ")) {
            r.merge(s, 1, Integer::sum);
        }
        System.out.println(r + " " + r.firstKey() + " " + r.headMap("m"));
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.put("b", 1);
        ci.put("A", 2);
        ci.put("B", 3);
        ci.put("a", 4);
        System.out.println(ci);
        try {
            new TreeMap<Integer, Integer>().firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        try {
            m.subMap(30, 10);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        TreeMap<Integer, Integer> big = new TreeMap<>();
        Random rnd = new Random(42);
        for (int i = 0; i < 5000; i++) {
            big.put(rnd.nextInt(10000), i);
        }
        for (int i = 0; i < 3000; i++) {
            big.remove(rnd.nextInt(10000));
        }
        long sum = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) {
            sum = sum * 31 + e.getKey() * 7 + e.getValue();
        }
        System.out.println(big.size() + " " + sum + " " + big.firstKey() + " " + big.lastKey());
    }
}
