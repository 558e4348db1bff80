import java.util.*;

/** EnumMap: ordinal order, null values, views, copy constructors, errors. */
public class Util2EnumMap {
    enum Color { RED, ORANGE, YELLOW, GREEN, BLUE, INDIGO, VIOLET }

    public static void main(String[] args) {
        EnumMap<Color, Integer> m = new EnumMap<>(Color.class);
        System.out.println(m + " " + m.isEmpty());
        m.put(Color.BLUE, 4);
        m.put(Color.RED, 0);
        m.put(Color.VIOLET, null);
        m.put(Color.GREEN, 3);
        System.out.println(m + " " + m.size());
        System.out.println(m.get(Color.VIOLET) + " " + m.containsKey(Color.VIOLET) + " " + m.containsKey(Color.YELLOW)
            + " " + m.containsValue(null) + " " + m.containsValue(3) + " " + m.get("RED"));
        System.out.println(m.put(Color.BLUE, 40) + " " + m.remove(Color.RED) + " " + m.remove(Color.RED) + " " + m);
        System.out.println(m.keySet() + " " + m.values() + " " + m.entrySet());
        for (Map.Entry<Color, Integer> e : m.entrySet()) {
            if (e.getValue() != null) {
                e.setValue(e.getValue() * 2);
            }
        }
        System.out.println(m);
        m.keySet().remove(Color.VIOLET);
        m.values().remove(6);
        System.out.println(m);
        Map<Color, String> hm = new HashMap<>();
        hm.put(Color.INDIGO, "i");
        hm.put(Color.ORANGE, "o");
        hm.put(Color.YELLOW, "y");
        EnumMap<Color, String> copy = new EnumMap<>(hm);
        System.out.println(copy + " " + copy.equals(hm) + " " + hm.equals(copy) + " " + (copy.hashCode() == hm.hashCode()));
        EnumMap<Color, String> copy2 = new EnumMap<>(copy);
        copy2.put(Color.RED, "r");
        System.out.println(copy2 + " " + copy);
        EnumMap<Color, String> cl = copy2.clone();
        cl.clear();
        System.out.println(cl + " " + copy2.size());
        copy2.merge(Color.RED, "!", String::concat);
        copy2.computeIfAbsent(Color.GREEN, c -> c.name().toLowerCase());
        copy2.putIfAbsent(Color.RED, "zzz");
        System.out.println(copy2 + " " + copy2.getOrDefault(Color.BLUE, "-"));
        StringBuilder sb = new StringBuilder();
        copy2.forEach((k, v) -> sb.append(k.ordinal()).append(v));
        System.out.println(sb);
        try {
            new EnumMap<Color, String>(new HashMap<Color, String>());
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            copy2.put(null, "x");
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        int[] counts = new int[1];
        EnumMap<Color, List<String>> groups = new EnumMap<>(Color.class);
        for (String w : "rose orchid yam grass berry ink violet rust olive".split(" ")) {
            for (Color c : Color.values()) {
                if (c.name().toLowerCase().charAt(0) == w.charAt(0)) {
                    groups.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
                    counts[0]++;
                }
            }
        }
        System.out.println(groups + " " + counts[0]);
    }
}
