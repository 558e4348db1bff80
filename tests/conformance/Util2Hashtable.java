import java.util.*;

/** Hashtable: iteration order (table walked from the end), rehash growth, nulls rejected, enumerations. */
public class Util2Hashtable {
    public static void main(String[] args) {
        Hashtable<String, Integer> h = new Hashtable<>();
        String[] words = {"apple", "banana", "cherry", "date", "elder", "fig", "grape", "kiwi", "lemon", "mango",
            "nut", "olive", "pear", "quince", "rasp"};
        for (int i = 0; i < words.length; i++) {
            h.put(words[i], i);
            if (i % 4 == 3) {
                System.out.println(h);
            }
        }
        System.out.println(h.keySet());
        System.out.println(h.values());
        Enumeration<String> k = h.keys();
        StringBuilder sb = new StringBuilder();
        while (k.hasMoreElements()) {
            sb.append(k.nextElement().charAt(0));
        }
        System.out.println(sb);
        Hashtable<Integer, String> n = new Hashtable<>();
        for (int i = 0; i < 40; i += 3) {
            n.put(i, "v" + i);
        }
        System.out.println(n);
        n.remove(9);
        n.put(100, "hundred");
        n.put(-5, "neg");
        System.out.println(n);
        System.out.println(n.get(12) + " " + n.get(13) + " " + n.containsKey(100) + " " + n.contains("neg")
            + " " + n.containsValue("x"));
        try {
            n.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null key");
        }
        try {
            n.put(1, null);
        } catch (NullPointerException e) {
            System.out.println("null value");
        }
        Hashtable<Integer, String> copy = new Hashtable<>(n);
        System.out.println(copy.equals(n) + " " + (copy.hashCode() == n.hashCode()) + " " + copy);
        HashMap<Integer, String> hm = new HashMap<>(n);
        System.out.println(hm.equals(n) + " " + n.equals(hm));
        Iterator<Map.Entry<Integer, String>> it = n.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getKey() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println(n + " " + n.size());
        Hashtable<Character, Integer> small = new Hashtable<>(2);
        for (char c = 'a'; c <= 'j'; c++) {
            small.put(c, (int) c);
        }
        System.out.println(small);
        System.out.println(small.getOrDefault('z', -1) + " " + small.merge('a', 1, Integer::sum));
        small.clear();
        System.out.println(small + " " + small.isEmpty());
    }
}
