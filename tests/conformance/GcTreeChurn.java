// jvm-args: -Xmx24m
// Builds and drops binary trees whose total size is many times the heap: only a collector that frees the
// dropped trees lets this finish. A long-lived tree built first must survive every collection intact.
public class GcTreeChurn {
    static final class Node {
        final Node left, right;
        final int value;
        Node(Node left, Node right, int value) {
            this.left = left;
            this.right = right;
            this.value = value;
        }
    }

    static Node build(int depth, int value) {
        if (depth == 0) {
            return new Node(null, null, value);
        }
        return new Node(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value);
    }

    static long check(Node n) {
        if (n == null) {
            return 0;
        }
        return n.value + check(n.left) - check(n.right) + 1;
    }

    public static void main(String[] args) {
        Node longLived = build(16, 1);
        long expected = check(longLived);
        long total = 0;
        for (int round = 0; round < 60; round++) {
            Node t = build(14, round);
            total += check(t);
            if (round % 10 == 0) {
                System.out.println("round " + round + " check " + check(t) + " long-lived " + (check(longLived) == expected));
            }
        }
        System.out.println("total " + total);
        System.out.println("long-lived intact " + (check(longLived) == expected));
    }
}
