import java.util.*;

public class CollTreeSetNav {
    public static void main(String[] args) {
        TreeSet<String> s = new TreeSet<>(Arrays.asList("pear", "apple", "fig", "kiwi", "banana", "cherry", "date"));
        System.out.println(s + " " + s.first() + " " + s.last());
        System.out.println(s.ceiling("c") + " " + s.floor("c") + " " + s.higher("fig") + " " + s.lower("fig"));
        System.out.println(s.headSet("date") + " " + s.tailSet("date") + " " + s.subSet("b", "g"));
        System.out.println(s.headSet("date", true) + " " + s.tailSet("date", false));
        System.out.println(s.descendingSet() + " " + s.descendingSet().headSet("date"));
        Iterator<String> d = s.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) {
            sb.append(d.next().charAt(0));
        }
        System.out.println(sb);
        System.out.println(s.pollFirst() + " " + s.pollLast() + " " + s);
        SortedSet<String> view = s.subSet("c", "k");
        s.add("grape");
        s.add("zucchini");
        System.out.println(view + " " + view.size());
        view.remove("date");
        System.out.println(s);
        TreeSet<Integer> byLen = new TreeSet<>(Comparator.comparing((Integer x) -> Integer.toString(x).length()).thenComparing(Comparator.reverseOrder()));
        for (int i = 1; i < 2000; i *= 3) {
            byLen.add(i);
            byLen.add(i + 5);
        }
        System.out.println(byLen);
        System.out.println(s.equals(new TreeSet<>(s)) + " " + s.hashCode() + " " + new HashSet<>(s).equals(s));
        TreeMap<Integer, String> tm = new TreeMap<>(Map.of(3, "c", 1, "a", 2, "b"));
        System.out.println(tm + " " + tm.keySet() + " " + tm.values() + " " + tm.navigableKeySet().headSet(2, true));
        try {
            tm.keySet().add(5);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE");
        }
    }
}
