import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.TreeMap;

/** On purpose beyond issue 4's library: TreeMap ordering and navigation, ArrayDeque as stack and queue. */
public class CollectionsTreeMapDeque {
    public static void main(String[] args) {
        TreeMap<String, Integer> tm = new TreeMap<>();
        for (String w : "pear apple fig banana cherry apple fig fig".split(" ")) {
            tm.merge(w, 1, Integer::sum);
        }
        System.out.println(tm + " first " + tm.firstKey() + " last " + tm.lastKey() + " ceiling(c) " + tm.ceilingKey("c")
            + " floor(c) " + tm.floorKey("c") + " head(f) " + tm.headMap("f") + " desc " + tm.descendingMap());
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < 6; i++) {
            stack.push(i);
            queue.offer(i * 10);
        }
        StringBuilder sb = new StringBuilder();
        while (!stack.isEmpty()) {
            sb.append(stack.pop()).append(' ');
        }
        sb.append("| ");
        Iterator<Integer> it = queue.iterator();
        while (it.hasNext()) {
            sb.append(it.next()).append(' ');
        }
        sb.append("| poll ").append(queue.poll()).append(" pollLast ").append(queue.pollLast()).append(" ").append(queue);
        System.out.println(sb);
    }
}
