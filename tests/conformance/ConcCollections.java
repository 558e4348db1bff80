import java.util.*;
import java.util.concurrent.*;

/** CopyOnWriteArrayList snapshot iteration and addIfAbsent; ConcurrentLinkedQueue FIFO, removal, weakly consistent iteration. */
public class ConcCollections {
    public static void main(String[] args) {
        CopyOnWriteArrayList<String> l = new CopyOnWriteArrayList<>(Arrays.asList("a", "b", "c"));
        for (String s : l) {
            l.add(s.toUpperCase());
        }
        System.out.println(l + " " + l.size());
        System.out.println(l.addIfAbsent("a") + " " + l.addIfAbsent("d") + " " + l.addAllAbsent(List.of("d", "e", "a", "f")) + " " + l);
        Iterator<String> it = l.iterator();
        l.clear();
        int n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        System.out.println(n + " " + l.isEmpty());
        try {
            new CopyOnWriteArrayList<>(List.of(1)).iterator().remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE");
        }
        CopyOnWriteArrayList<Integer> nums = new CopyOnWriteArrayList<>(new Integer[] {5, 3, 9, 1});
        nums.sort(null);
        nums.add(1, 42);
        nums.remove(Integer.valueOf(9));
        nums.removeIf(x -> x == 3);
        System.out.println(nums + " " + nums.indexOf(42) + " " + nums.get(0) + " " + nums.equals(List.of(1, 42, 5)) + " " + nums.hashCode());
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 6; i++) q.offer(i * i);
        System.out.println(q + " " + q.peek() + " " + q.poll() + " " + q.size());
        for (Integer x : q) {
            if (x == 4) q.remove(9);
            if (x == 16) q.add(100);
        }
        System.out.println(q);
        Iterator<Integer> qi = q.iterator();
        qi.next();
        qi.remove();
        System.out.println(q + " " + q.contains(16) + " " + q.contains(4));
        while (!q.isEmpty()) System.out.print(q.poll() + " ");
        System.out.println(q.poll());
        try {
            q.offer(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
