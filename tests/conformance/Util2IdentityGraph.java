import java.util.*;

/** IdentityHashMap as a visited set and a node numbering for an object graph with cycles and equal-but-distinct nodes. */
public class Util2IdentityGraph {
    static final class Node {
        final String label;
        final List<Node> out = new ArrayList<>();

        Node(String label) {
            this.label = label;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Node && ((Node) o).label.equals(label);
        }

        @Override
        public int hashCode() {
            return label.hashCode();
        }
    }

    public static void main(String[] args) {
        Node a = new Node("x");
        Node b = new Node("x");
        Node c = new Node("y");
        Node d = new Node("z");
        a.out.add(b);
        a.out.add(c);
        b.out.add(c);
        b.out.add(a);
        c.out.add(d);
        d.out.add(b);
        d.out.add(d);
        IdentityHashMap<Node, Integer> ids = new IdentityHashMap<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(a);
        StringBuilder order = new StringBuilder();
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (ids.containsKey(n)) {
                continue;
            }
            ids.put(n, ids.size());
            order.append(n.label).append(ids.get(n)).append(' ');
            for (int i = n.out.size() - 1; i >= 0; i--) {
                stack.push(n.out.get(i));
            }
        }
        System.out.println(order.toString().trim() + " " + ids.size());
        Set<Node> eq = new HashSet<>(ids.keySet());
        System.out.println("equals-based " + eq.size() + ", identity-based " + ids.size());
        for (Node n : new Node[] {a, b, c, d}) {
            StringBuilder sb = new StringBuilder();
            for (Node m : n.out) {
                sb.append(ids.get(m));
            }
            System.out.println(n.label + ids.get(n) + " -> " + sb);
        }
        IdentityHashMap<Object, String> m = new IdentityHashMap<>();
        m.put(a, "A");
        m.put(b, "B");
        System.out.println(m.get(a) + m.get(b) + " " + m.get(new Node("x")) + " " + m.containsValue("B")
            + " " + m.containsValue(new String("B")) + " " + m.keySet().contains(b) + " " + m.values().contains("A"));
        Map<Object, String> copy = new HashMap<>(m);
        System.out.println(copy.size() + " " + m.equals(copy));
    }
}
