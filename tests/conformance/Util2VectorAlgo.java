import java.util.*;
import java.util.stream.*;

/** Vector with the collection algorithms: sorting, binary search, list iterators, removeIf, streams, sublists. */
public class Util2VectorAlgo {
    public static void main(String[] args) {
        Vector<Integer> v = new Vector<>();
        Random r = new Random(99);
        for (int i = 0; i < 30; i++) {
            v.add(r.nextInt(100));
        }
        System.out.println(v);
        Collections.sort(v);
        System.out.println(v + " " + Collections.binarySearch(v, v.get(17)) / 100 + " " + Collections.max(v) + " " + Collections.min(v));
        v.removeIf(x -> x % 3 == 0);
        System.out.println(v.size() + " " + v);
        ListIterator<Integer> li = v.listIterator();
        while (li.hasNext()) {
            int x = li.next();
            if (x > 80) {
                li.set(-x);
            } else if (x < 10) {
                li.add(x * 1000);
            }
        }
        System.out.println(v);
        v.subList(0, 5).clear();
        System.out.println(v + " " + v.capacity());
        System.out.println(v.stream().filter(x -> x > 0).mapToInt(Integer::intValue).sum() + " "
            + v.stream().map(String::valueOf).collect(Collectors.joining(",", "<", ">")));
        Vector<String> s = new Vector<>(Arrays.asList("pear", "fig", "apple", "kiwi"));
        s.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(s + " " + s.indexOf("kiwi") + " " + s.contains("plum"));
        s.replaceAll(String::toUpperCase);
        Collections.swap(s, 0, 3);
        System.out.println(s + " " + String.join("-", s));
        Object[] arr = s.toArray();
        String[] sarr = s.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr[1] + " " + Arrays.toString(s.toArray(new String[6])));
        Vector<Vector<Integer>> grid = new Vector<>();
        for (int i = 0; i < 4; i++) {
            Vector<Integer> row = new Vector<>();
            for (int j = 0; j < 4; j++) {
                row.add(i * j);
            }
            grid.add(row);
        }
        System.out.println(grid + " " + grid.get(3).lastElement());
        Vector<Integer> cl = (Vector<Integer>) grid.get(2).clone();
        cl.set(0, 42);
        System.out.println(cl + " " + grid.get(2) + " " + cl.equals(grid.get(2)));
    }
}
