import java.util.*;

public class CollHashMapOrder {
    public static void main(String[] args) {
        HashMap<String, Integer> m = new HashMap<>();
        String[] words = {"banana", "apple", "cherry", "date", "elderberry", "fig", "grape", "honeydew",
            "kiwi", "lemon", "mango", "nectarine", "orange", "papaya", "quince", "raspberry", "strawberry",
            "tangerine", "ugli", "vanilla", "watermelon", "xigua", "yam", "zucchini"};
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i);
            if (i % 5 == 4) {
                System.out.println(m);
            }
        }
        System.out.println(m.keySet());
        System.out.println(m.values());
        System.out.println(m.entrySet());
        m.remove("fig");
        m.remove("zucchini");
        m.put("fig", 100);
        System.out.println(m);
        HashMap<Integer, String> ints = new HashMap<>();
        for (int i = 0; i < 100; i += 7) {
            ints.put(i * 31, "v" + i);
        }
        System.out.println(ints);
        HashMap<Integer, Integer> neg = new HashMap<>();
        for (int i = -20; i < 20; i += 3) {
            neg.put(i * 1000003, i);
        }
        System.out.println(neg);
        HashMap<Long, Long> longs = new HashMap<>();
        for (long i = 1; i < 1L << 40; i *= 7) {
            longs.put(i, i % 13);
        }
        System.out.println(longs);
        HashMap<Object, Object> mixed = new HashMap<>();
        mixed.put(null, "nullkey");
        mixed.put("a", null);
        mixed.put(3.5, 'c');
        mixed.put('z', true);
        mixed.put(Boolean.FALSE, 7L);
        System.out.println(mixed);
        System.out.println(mixed.get(null) + " " + mixed.containsKey("a") + " " + mixed.get("a") + " " + mixed.containsValue(null));
        HashMap<String, Integer> copy = new HashMap<>(m);
        System.out.println(copy);
        System.out.println(copy.equals(m) + " " + (copy.hashCode() == m.hashCode()));
        @SuppressWarnings("unchecked")
        HashMap<String, Integer> cl = (HashMap<String, Integer>) m.clone();
        System.out.println(cl);
        HashMap<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            big.put((i * 2654435761L) > 0 ? (int) (i * 2654435761L) : i, i);
        }
        int acc = 0;
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) {
            acc = acc * 31 + e.getValue();
            if (n++ < 40) {
                sb.append(e.getKey()).append(' ');
            }
        }
        System.out.println(acc);
        System.out.println(sb);
        HashMap<Integer, Integer> small = new HashMap<>(2);
        for (int i = 0; i < 10; i++) {
            small.put(i * 17, i);
            System.out.println(small);
        }
        HashMap<Integer, Integer> lf = new HashMap<>(10, 0.6f);
        for (int i = 0; i < 40; i++) {
            lf.put(i * 13 + 5, i);
        }
        System.out.println(lf);
        HashMap<Integer, Integer> zero = new HashMap<>(0);
        for (int i = 0; i < 6; i++) {
            zero.put(i * 5, i);
            System.out.println(zero);
        }
    }
}
