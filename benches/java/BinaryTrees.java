/**
 * Binary trees: allocate many short-lived perfect binary trees of growing depth and walk them, while one
 * long-lived tree stays reachable for the whole run.
 * Measures allocation rate and the garbage collector (young collections with a live old tree), recursion.
 * Prints the node counts of each batch.
 */
public final class BinaryTrees {
    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int count() {
            return left == null ? 1 : 1 + left.count() + right.count();
        }
    }

    static Node build(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1));
    }

    public static void main(String[] args) {
        int maxDepth = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int minDepth = 4;
        if (maxDepth < minDepth + 2) {
            maxDepth = minDepth + 2;
        }
        StringBuilder out = new StringBuilder();
        out.append("stretch ").append(maxDepth + 1).append(' ').append(build(maxDepth + 1).count()).append('\n');
        Node longLived = build(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            long nodes = 0;
            for (int i = 0; i < iterations; i++) {
                nodes += build(depth).count();
            }
            out.append(iterations).append(" trees of depth ").append(depth).append(' ').append(nodes).append('\n');
        }
        out.append("long lived ").append(maxDepth).append(' ').append(longLived.count());
        System.out.println(out);
    }
}
