import java.util.*;

public class CollHashCollide {
    static final class Key implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(id, o.id);
        }

        final int id;
        final int h;

        Key(int id, int h) {
            this.id = id;
            this.h = h;
        }

        @Override
        public int hashCode() {
            return h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).id == id;
        }

        @Override
        public String toString() {
            return "K" + id + "/" + h;
        }
    }

    public static void main(String[] args) {
        // Strings with equal hash codes: "Aa" and "BB"
        HashMap<String, Integer> s = new HashMap<>();
        String[] parts = {"Aa", "BB"};
        int v = 0;
        for (String a : parts) {
            for (String b : parts) {
                for (String c : parts) {
                    s.put(a + b + c, v++);
                }
            }
        }
        System.out.println(s);
        s.put("x", 1);
        s.remove("AaBBAa");
        s.put("AaBBAa", 99);
        System.out.println(s);
        // Colliding keys in a small table: a long bin doubles the table.
        for (int n = 1; n <= 12; n++) {
            HashMap<Key, Integer> m = new HashMap<>();
            for (int i = 0; i < n; i++) {
                m.put(new Key(i, 5), i);
            }
            m.put(new Key(100, 6), 100);
            m.put(new Key(101, 21), 101);
            m.put(new Key(102, 37), 102);
            m.put(new Key(103, 69), 103);
            m.put(new Key(104, 133), 104);
            System.out.println(n + " " + m);
        }
        // Keys differing only in high bits (spread by h ^ h >>> 16).
        HashMap<Key, Integer> hi = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            hi.put(new Key(i, i << 16), i);
        }
        System.out.println(hi);
        HashSet<Key> set = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            set.add(new Key(i, (i % 4) * 16 + (i % 3)));
        }
        System.out.println(set);
        set.removeIf(k -> k.id % 3 == 0);
        System.out.println(set);
        // computeIfAbsent and merge insert at the head of a bin.
        HashMap<Key, Integer> c = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            c.computeIfAbsent(new Key(i, 3), k -> k.id);
        }
        c.merge(new Key(50, 3), 1, Integer::sum);
        c.merge(new Key(2, 3), 10, Integer::sum);
        c.compute(new Key(60, 19), (k, old) -> 7);
        System.out.println(c);
        HashMap<Integer, Integer> ca = new HashMap<>();
        for (int i = 0; i < 13; i++) {
            ca.computeIfAbsent(i * 16 + (i & 1), k -> k);
        }
        System.out.println(ca);
        ca.computeIfAbsent(999, k -> k);
        System.out.println(ca);
        HashMap<Integer, Integer> pa = new HashMap<>();
        for (int i = 0; i < 13; i++) {
            pa.put(i * 16 + (i & 1), i);
        }
        System.out.println(pa);
    
        // A tree bin in a large table: growth, removal, reinsertion, iteration removal, resize split.
        HashMap<Key, Integer> t = new HashMap<>(64);
        for (int i = 0; i < 20; i++) {
            t.put(new Key(i * 7 % 20, 9), i);
            if (i >= 7) {
                System.out.println(t.keySet());
            }
        }
        for (int i = 0; i < 20; i += 3) {
            t.remove(new Key(i, 9));
            System.out.println(t.keySet());
        }
        Iterator<Key> it = t.keySet().iterator();
        while (it.hasNext()) {
            if (it.next().id % 4 == 1) {
                it.remove();
            }
        }
        System.out.println(t.keySet());
        for (int i = 0; i < 12; i++) {
            t.put(new Key(100 + i, 9 + 64 * (i % 2)), i);
        }
        System.out.println(t.keySet());
        for (int i = 0; i < 60; i++) {
            t.put(new Key(200 + i, i * 64 + 9), i);
        }
        System.out.println(t.keySet());
        HashMap<String, Integer> strs = new HashMap<>(64);
        String[] p2 = {"Aa", "BB"};
        int n = 0;
        for (String a : p2) {
            for (String b : p2) {
                for (String c2 : p2) {
                    for (String d : p2) {
                        strs.put(d + c2 + b + a, n++);
                    }
                }
            }
        }
        System.out.println(strs);
        strs.computeIfAbsent("AaAaAaAa", k -> 5);
        strs.computeIfAbsent("zz", k -> 5);
        strs.merge("BBBBBBBB", 100, Integer::sum);
        strs.remove("AaBBAaBB");
        System.out.println(strs);
        LinkedHashMap<Key, Integer> lt = new LinkedHashMap<>(64);
        for (int i = 0; i < 12; i++) {
            lt.put(new Key(i, 17), i);
        }
        lt.remove(new Key(3, 17));
        System.out.println(lt.keySet());
    }
}
