import java.util.*;

public class CollPriorityQueue {
    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {50, 20, 80, 10, 30, 70, 90, 5, 15, 25, 60, 1, 99, 42};
        for (int v : vals) {
            pq.add(v);
            System.out.println(pq);
        }
        pq.remove(30);
        System.out.println(pq);
        pq.remove(5);
        System.out.println(pq);
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) {
            sb.append(pq.poll()).append(' ');
            if (pq.size() == 6) {
                sb.append(pq).append(' ');
            }
        }
        System.out.println(sb);
        PriorityQueue<String> rev = new PriorityQueue<>(Comparator.reverseOrder());
        Collections.addAll(rev, "m", "c", "x", "a", "q", "z", "b");
        System.out.println(rev + " " + rev.peek());
        PriorityQueue<Integer> heap = new PriorityQueue<>(Arrays.asList(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
        System.out.println(heap);
        Iterator<Integer> it = heap.iterator();
        while (it.hasNext()) {
            int x = it.next();
            if (x % 3 == 0) {
                it.remove();
            }
        }
        System.out.println(heap + " " + heap.size());
        PriorityQueue<int[]> byFirst = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        Random r = new Random(7);
        for (int i = 0; i < 20; i++) {
            byFirst.add(new int[] {r.nextInt(5), i});
        }
        sb.setLength(0);
        while (!byFirst.isEmpty()) {
            int[] a = byFirst.poll();
            sb.append(a[0]).append(':').append(a[1]).append(' ');
        }
        System.out.println(sb);
        System.out.println(new PriorityQueue<>(new TreeSet<>(List.of(5, 3, 9, 1))));
        try {
            pq.element();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE");
        }
        System.out.println(pq.poll() + " " + pq.peek());
    }
}
