import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** On purpose beyond java.lang: java.util.ArrayList's behaviour, toString and exceptions. */
public class CollectionsArrayList {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(i * i % 17);
        }
        System.out.println("list = " + list + ", size " + list.size());
        list.remove(Integer.valueOf(16));
        list.remove(0);
        list.add(3, -1);
        list.set(1, 100);
        System.out.println("edited = " + list);
        System.out.println("indexOf(4) = " + list.indexOf(4) + ", lastIndexOf(4) = " + list.lastIndexOf(4)
            + ", contains(13) = " + list.contains(13) + ", get(5) = " + list.get(5));
        int sum = 0;
        for (int v : list) {
            sum += v;
        }
        System.out.println("sum = " + sum);
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println("odd only = " + list);
        List<String> words = new ArrayList<>(List.of("delta", "alpha", "charlie", "bravo"));
        words.sort(null);
        System.out.println("sorted words = " + words + ", subList " + words.subList(1, 3));
        try {
            list.get(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            for (Integer v : list) {
                if (v == 13) {
                    list.add(0);
                }
            }
        } catch (java.util.ConcurrentModificationException e) {
            System.out.println("ConcurrentModificationException " + e.getMessage());
        }
        List<List<String>> nested = new ArrayList<>();
        nested.add(new ArrayList<>());
        nested.get(0).add("x");
        nested.add(List.of());
        System.out.println("nested = " + nested + ", equals " + nested.equals(List.of(List.of("x"), List.of()))
            + ", hashCode " + nested.hashCode());
        list.clear();
        System.out.println("cleared = " + list + ", isEmpty " + list.isEmpty());
    }
}
