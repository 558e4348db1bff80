import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** A word counter on ConcurrentHashMap<String, LongAdder> with computeIfAbsent, then sorted report; CHM iteration printed raw. */
public class ConcWordCount {
    public static void main(String[] args) {
        String text = "It was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness "
            + "it was the epoch of belief it was the epoch of incredulity it was the season of Light it was the season of Darkness";
        ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
        for (String w : text.toLowerCase().split(" ")) {
            counts.computeIfAbsent(w, k -> new LongAdder()).increment();
        }
        System.out.println(counts);
        List<Map.Entry<String, LongAdder>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> {
            int c = Long.compare(b.getValue().sum(), a.getValue().sum());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        for (Map.Entry<String, LongAdder> e : entries) {
            System.out.printf("%-12s %3d%n", e.getKey(), e.getValue().sum());
        }
        AtomicInteger ids = new AtomicInteger(1000);
        ConcurrentHashMap<String, Integer> idOf = new ConcurrentHashMap<>();
        for (String w : text.split(" ")) idOf.computeIfAbsent(w, k -> ids.getAndIncrement());
        System.out.println(idOf.size() + " " + ids + " " + idOf.get("wisdom") + " " + idOf);
    }
}
