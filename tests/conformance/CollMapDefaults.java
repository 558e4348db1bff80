import java.util.*;

public class CollMapDefaults {
    public static void main(String[] args) {
        HashMap<String, Integer> m = new HashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        for (String w : text.split(" ")) {
            m.merge(w, 1, Integer::sum);
        }
        System.out.println(m);
        System.out.println(m.getOrDefault("zebra", -1) + " " + m.putIfAbsent("it", 100) + " " + m.putIfAbsent("new", 7));
        m.computeIfPresent("was", (k, v) -> v * 10);
        m.computeIfPresent("age", (k, v) -> null);
        m.compute("best", (k, v) -> v == null ? 1 : v + 1);
        m.compute("absent", (k, v) -> v == null ? 42 : v);
        System.out.println(m);
        System.out.println(m.replace("of", 99) + " " + m.replace("of", 99, 3) + " " + m.remove("new", 8) + " " + m.remove("new", 7));
        m.replaceAll((k, v) -> v + k.length());
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(v).append(' '));
        System.out.println(sb);
        HashMap<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            groups.computeIfAbsent(i % 7 * 13, k -> new ArrayList<>()).add(i);
        }
        System.out.println(groups);
        TreeMap<String, Integer> tm = new TreeMap<>(m);
        System.out.println(tm);
        HashSet<Integer> hs = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            hs.add(i * i % 97 * 1009);
        }
        System.out.println(hs);
        HashSet<String> hs2 = new HashSet<>(List.of("delta", "alpha", "charlie", "bravo", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima", "mike"));
        System.out.println(hs2);
        hs2.retainAll(Set.of("alpha", "mike", "zulu", "echo"));
        System.out.println(hs2 + " " + hs2.hashCode());
        System.out.println(m.entrySet().contains(Map.entry("absent", 48)) + " " + m.keySet().remove("absent") + " " + m.containsKey("absent"));
        Map<String, Integer> copy = new HashMap<>(m);
        copy.values().remove(m.get("it"));
        System.out.println(copy.size() + " " + copy.equals(m) + " " + m.equals(new TreeMap<>(m)));
    }
}
