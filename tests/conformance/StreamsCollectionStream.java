import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** stream() on the collections: lists, sets (HashSet order), maps' views, deques. */
public class StreamsCollectionStream {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>(List.of("one", "two", "three", "four"));
        System.out.println(list.stream().filter(s -> s.contains("o")).collect(Collectors.toList()));
        HashSet<Integer> set = new HashSet<>(List.of(100, 3, 42, 17, 64, 5));
        System.out.println(set.stream().map(i -> i + 1).collect(Collectors.toList()));
        Map<String, Integer> m = new HashMap<>();
        for (String s : list) {
            m.put(s, s.length());
        }
        System.out.println(m.entrySet().stream().filter(e -> e.getValue() > 3).map(Map.Entry::getKey).collect(Collectors.toList()));
        System.out.println(m.keySet().stream().sorted().collect(Collectors.joining(",")));
        System.out.println(m.values().stream().mapToInt(Integer::intValue).sum());
        LinkedList<Integer> ll = new LinkedList<>(List.of(3, 1, 2));
        System.out.println(ll.stream().sorted().collect(Collectors.toList()));
        ArrayDeque<String> dq = new ArrayDeque<>();
        dq.push("x");
        dq.push("y");
        System.out.println(dq.stream().collect(Collectors.joining()));
        List<Integer> src = new ArrayList<>(List.of(1, 2, 3));
        ArrayList<Integer> sq = src.stream().map(i -> i * i).collect(Collectors.toCollection(ArrayList::new));
        System.out.println(sq);
        System.out.println(List.of().stream().count() + " " + java.util.Set.of(7).stream().findAny().get());
    }
}
