import java.util.HashMap;
import java.util.Map;

/** On purpose beyond java.lang: java.util.HashMap's iteration order (hashing, table sizes, resizing) and API. */
public class CollectionsHashMap {
    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        String text = "the cat and the dog and the bird saw a cat near the old barn by the river bank";
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                counts.merge(text.substring(start, i), 1, Integer::sum);
                start = i + 1;
            }
        }
        System.out.println("counts = " + counts);
        System.out.println("size " + counts.size() + ", get(the) " + counts.get("the") + ", get(zebra) "
            + counts.get("zebra") + ", getOrDefault " + counts.getOrDefault("zebra", 0));
        Map<Integer, String> byNumber = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            byNumber.put(i * 37 % 101 - 50, "v" + i);
        }
        StringBuilder order = new StringBuilder();
        for (Map.Entry<Integer, String> e : byNumber.entrySet()) {
            order.append(e.getKey()).append('=').append(e.getValue()).append(' ');
        }
        System.out.println("integer key order: " + order);
        Map<String, String> colliding = new HashMap<>();
        colliding.put("Aa", "first");
        colliding.put("BB", "second");
        colliding.put("AaAa", "third");
        colliding.put("BBBB", "fourth");
        colliding.put("AaBB", "fifth");
        System.out.println("colliding = " + colliding + ", get(BB) " + colliding.get("BB"));
        System.out.println("put returns " + colliding.put("Aa", "replaced") + ", remove returns "
            + colliding.remove("BBBB") + ", remove missing " + colliding.remove("nope"));
        System.out.println("after = " + colliding + ", containsKey(AaBB) " + colliding.containsKey("AaBB")
            + ", containsValue(third) " + colliding.containsValue("third"));
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put(null, 1);
        withNull.put("k", null);
        System.out.println("null key and value: " + withNull + " " + withNull.get(null) + " " + withNull.containsKey("k"));
        System.out.println("keySet = " + counts.keySet());
        System.out.println("values = " + byNumber.values().size() + ", hashCode " + counts.hashCode()
            + ", equals copy " + counts.equals(new HashMap<>(counts)));
    }
}
