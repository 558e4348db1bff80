// Allocation inside inlined code while references of the caller and of the inlined callee are live across it:
// under GC stress (a collection at every few allocations, objects moved) every reference must be found in the
// compiled frame's stack maps and read back at its new address. The callees' constants are resolved before the
// wrappers first run, so -Xcomp inlines them too.
public class JitInliningGc {
    static final class Node {
        final int v;
        Node left, right;

        Node(int v) {
            this.v = v;
        }

        Node getLeft() {
            return left;
        }

        int value() {
            return v;
        }
    }

    static Node leaf(int v) {
        return new Node(v);
    }

    static Node pair(Node a, Node b) {
        Node n = new Node(a.v + b.v);
        n.left = a;
        n.right = b;
        return n;
    }

    static Node join(Node a, int v) {
        return pair(a, leaf(v));
    }

    static int[] fill(int n, int v) {
        int[] r = new int[n];
        r[n - 1] = v;
        return r;
    }

    static String label(Node n) {
        return "n" + n.value();
    }

    static long build(int rounds) {
        Node keep = leaf(-1);
        Node chain = leaf(0);
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            Node x = leaf(i);
            Node y = join(x, i * 2);
            chain = pair(chain, y);
            int[] arr = fill(3 + (i & 7), i);
            sum += y.value() + x.value() + keep.value() + arr[arr.length - 1] + chain.getLeft().value();
            if ((i & 255) == 0) {
                chain = leaf(i);
            }
        }
        return sum + chain.value() + keep.v;
    }

    public static void main(String[] args) {
        Node n0 = leaf(1);
        Node n1 = pair(n0, leaf(2));
        System.out.println("prime " + join(n1, 3).value() + " " + fill(2, 5)[1] + " " + n1.getLeft().value() + " " + label(n1));
        long total = 0;
        for (int round = 0; round < 6; round++) {
            total += build(700);
        }
        System.out.println("total " + total);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            Node n = join(leaf(i), i);
            if (i % 50 == 0) {
                sb.append(label(n)).append(' ');
            }
        }
        System.out.println(sb);
    }
}
