import java.util.*;

public class CollDequeList {
    public static void main(String[] args) {
        ArrayDeque<Integer> d = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) {
                d.addFirst(i);
            } else {
                d.addLast(i);
            }
        }
        System.out.println(d);
        System.out.println(d.pollFirst() + " " + d.pollLast() + " " + d.peekFirst() + " " + d.peekLast() + " " + d.size());
        d.removeFirstOccurrence(20);
        d.removeLastOccurrence(3);
        System.out.println(d);
        Iterator<Integer> di = d.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) {
            int x = di.next();
            if (x % 5 == 0) {
                di.remove();
            } else {
                sb.append(x).append(',');
            }
        }
        System.out.println(sb + " " + d);
        Deque<String> stack = new ArrayDeque<>();
        stack.push("a");
        stack.push("b");
        stack.push("c");
        System.out.println(stack.pop() + stack.peek() + " " + stack);
        try {
            stack.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 0; i < 10; i++) {
            ll.add(i);
        }
        ll.addFirst(-1);
        ll.add(5, 55);
        ll.remove(Integer.valueOf(7));
        ll.removeLast();
        System.out.println(ll + " " + ll.get(5) + " " + ll.indexOf(55) + " " + ll.getFirst() + " " + ll.peekLast());
        ListIterator<Integer> li = ll.listIterator();
        while (li.hasNext()) {
            int x = li.next();
            if (x % 2 == 0) {
                li.set(x * 10);
            } else if (x == 3) {
                li.add(33);
            } else if (x == 5) {
                li.remove();
            }
        }
        System.out.println(ll);
        while (li.hasPrevious()) {
            sb.setLength(0);
            sb.append(li.previous());
        }
        System.out.println(sb + " " + ll.size() + " " + ll.equals(new ArrayList<>(ll)) + " " + ll.hashCode());
        System.out.println(ll.subList(2, 5) + " " + ll.pop() + " " + ll.pollLast() + " " + ll);
        try {
            ll.get(100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Queue<String> q = new LinkedList<>();
        q.offer("x");
        q.offer("y");
        System.out.println(q.poll() + q.peek() + q.size());
    }
}
