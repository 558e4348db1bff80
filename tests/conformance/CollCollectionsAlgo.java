import java.util.*;

public class CollCollectionsAlgo {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(List.of(5, 3, 9, 1, 7, 3, 8, 2));
        Collections.sort(l);
        System.out.println(l + " " + Collections.binarySearch(l, 7) + " " + Collections.binarySearch(l, 4) + " " + Collections.binarySearch(l, 3));
        Collections.reverse(l);
        System.out.println(l);
        Collections.rotate(l, 3);
        System.out.println(l);
        Collections.rotate(l, -2);
        System.out.println(l);
        Collections.swap(l, 0, 7);
        System.out.println(l + " " + Collections.max(l) + " " + Collections.min(l) + " " + Collections.frequency(l, 3));
        System.out.println(Collections.max(l, Comparator.reverseOrder()) + " " + Collections.min(List.of("bb", "a", "ccc"), Comparator.comparing(String::length)));
        Collections.sort(l, Collections.reverseOrder());
        System.out.println(l + " " + Collections.binarySearch(l, 5, Collections.reverseOrder()));
        List<String> words = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi", "date", "plum"));
        Collections.sort(words, Comparator.comparing(String::length));
        System.out.println(words);
        Collections.fill(words, "x");
        System.out.println(words);
        System.out.println(Collections.nCopies(4, "ab") + " " + Collections.nCopies(0, 1));
        List<Integer> src = List.of(1, 2, 3);
        List<Integer> dst = new ArrayList<>(List.of(9, 9, 9, 9, 9));
        Collections.copy(dst, src);
        System.out.println(dst + " " + Collections.indexOfSubList(dst, List.of(9, 9)) + " " + Collections.lastIndexOfSubList(dst, List.of(9, 9)));
        System.out.println(Collections.disjoint(List.of(1, 2), Set.of(3, 4)) + " " + Collections.disjoint(List.of(1, 2), List.of(2)));
        Collections.replaceAll(dst, 9, 0);
        System.out.println(dst);
        List<Integer> u = Collections.unmodifiableList(dst);
        try {
            u.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE add");
        }
        try {
            u.set(0, 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE set");
        }
        dst.set(0, 42);
        System.out.println(u + " " + u.equals(dst) + " " + (u.hashCode() == dst.hashCode()));
        Map<String, Integer> um = Collections.unmodifiableMap(new TreeMap<>(Map.of("a", 1, "b", 2)));
        System.out.println(um + " " + um.get("a") + " " + um.entrySet() + " " + um.keySet() + " " + um.values());
        try {
            um.entrySet().iterator().next().setValue(5);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE setValue");
        }
        System.out.println(Collections.emptyList() + " " + Collections.emptyMap() + " " + Collections.emptySet() + " " + Collections.singletonList(7) + " " + Collections.singleton("s") + " " + Collections.singletonMap("k", "v"));
        List<String> sl = new ArrayList<>();
        System.out.println(Collections.addAll(sl, "c", "a", "b") + " " + sl);
        Set<String> fromMap = Collections.newSetFromMap(new LinkedHashMap<>());
        fromMap.add("z");
        fromMap.add("y");
        fromMap.add("z");
        System.out.println(fromMap);
        List<Integer> stable = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            stable.add(i);
        }
        stable.sort(Comparator.comparingInt(x -> x % 4));
        System.out.println(stable);
        System.out.println(Collections.list(Collections.enumeration(List.of(3, 2, 1))));
        List<Integer> shuffled = new ArrayList<>(stable);
        Collections.shuffle(shuffled, new Random(5));
        System.out.println(shuffled);
    }
}
