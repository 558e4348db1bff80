import java.util.*;

/** IdentityHashMap: reference comparison of keys and values (iteration order is not printed: it follows identity hashes). */
public class Util2IdentityHashMap {
    public static void main(String[] args) {
        IdentityHashMap<String, Integer> m = new IdentityHashMap<>();
        String a1 = new String("a");
        String a2 = new String("a");
        m.put(a1, 1);
        m.put(a2, 2);
        m.put("lit", 3);
        System.out.println(m.size() + " " + m.get(a1) + " " + m.get(a2) + " " + m.get("a") + " " + m.get("lit"));
        System.out.println(m.containsKey(a1) + " " + m.containsKey(new String("lit")) + " " + m.containsKey("lit"));
        Integer big1 = 1000;
        Integer big2 = Integer.valueOf(Integer.parseInt("1000"));
        m.put("x", big1);
        System.out.println(m.containsValue(big1) + " " + m.containsValue(big2));
        HashMap<String, Integer> hm = new HashMap<>();
        hm.put(a1, 1);
        hm.put(a2, 2);
        System.out.println(hm.size());
        System.out.println(m.put(a1, 10) + " " + m.remove(a2) + " " + m.remove(new String("a")) + " " + m.size());
        m.put(null, 99);
        System.out.println(m.get(null) + " " + m.containsKey(null) + " " + m.size());
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add(new Object());
        }
        IdentityHashMap<Object, Integer> big = new IdentityHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            big.put(keys.get(i), i);
        }
        int sum = 0;
        for (Map.Entry<Object, Integer> e : big.entrySet()) {
            sum += e.getValue();
        }
        System.out.println(big.size() + " " + sum);
        for (int i = 0; i < keys.size(); i += 3) {
            big.remove(keys.get(i));
        }
        boolean ok = true;
        for (int i = 0; i < keys.size(); i++) {
            Integer v = big.get(keys.get(i));
            ok &= (i % 3 == 0) ? v == null : v == i;
        }
        System.out.println(big.size() + " " + ok);
        Iterator<Map.Entry<Object, Integer>> it = big.entrySet().iterator();
        int removed = 0;
        while (it.hasNext()) {
            if (it.next().getValue() % 2 == 0) {
                it.remove();
                removed++;
            }
        }
        int odd = 0;
        for (Integer v : big.values()) {
            odd += v % 2;
        }
        System.out.println(removed + " " + big.size() + " " + odd);
        IdentityHashMap<Object, Integer> copy = new IdentityHashMap<>(big);
        System.out.println(copy.equals(big) + " " + (copy.hashCode() == big.hashCode()));
        copy.put(keys.get(1), -1);
        System.out.println(copy.equals(big));
        Set<Object> idSet = Collections.newSetFromMap(new IdentityHashMap<>());
        idSet.add(a1);
        idSet.add(a2);
        idSet.add(a1);
        System.out.println(idSet.size());
        big.clear();
        System.out.println(big.isEmpty() + " " + big);
    }
}
