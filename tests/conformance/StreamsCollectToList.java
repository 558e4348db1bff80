import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Collecting into lists and sets: toList, toSet, toCollection, toUnmodifiableList, Stream.toList and collect(3 args). */
public class StreamsCollectToList {
    public static void main(String[] args) {
        List<String> l = Stream.of("c", "a", "b").collect(Collectors.toList());
        l.add("d");
        System.out.println(l + " " + l.getClass().getSimpleName());
        Set<Integer> s = Stream.of(40, 3, 17, 3, 1, 256, 40).collect(Collectors.toSet());
        System.out.println(s + " " + s.size());
        LinkedHashSet<String> lhs = Stream.of("q", "w", "q", "e").collect(Collectors.toCollection(LinkedHashSet::new));
        System.out.println(lhs);
        List<Integer> fixed = Stream.of(1, 2).toList();
        try {
            fixed.add(3);
        } catch (UnsupportedOperationException e) {
            System.out.println("toList is unmodifiable " + fixed);
        }
        System.out.println(Stream.of("a", null, "b").toList());
        List<Integer> un = IntStream.range(0, 4).boxed().collect(Collectors.toUnmodifiableList());
        try {
            un.set(0, 9);
        } catch (UnsupportedOperationException e) {
            System.out.println("toUnmodifiableList is unmodifiable " + un);
        }
        try {
            Stream.of("a", null).collect(Collectors.toUnmodifiableList());
        } catch (NullPointerException e) {
            System.out.println("toUnmodifiableList rejects null");
        }
        ArrayList<Integer> three = IntStream.range(0, 5).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println(three);
        StringBuilder sb = Stream.of("x", "y").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append);
        System.out.println(sb);
        System.out.println(Stream.of("a", "b").toList().equals(List.of("a", "b")) + " " + Stream.of(1, 2).toList().hashCode());
    }
}
