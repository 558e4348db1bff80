/** Binary search tree of objects: insert, search, in/pre/post-order traversal, height, delete, and balanced rebuild. */
public class AlgoBinaryTree {
    static final class Node {
        int key;
        String value;
        Node left, right;

        Node(int key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    static Node insert(Node n, int key, String value) {
        if (n == null) {
            return new Node(key, value);
        }
        if (key < n.key) {
            n.left = insert(n.left, key, value);
        } else if (key > n.key) {
            n.right = insert(n.right, key, value);
        } else {
            n.value = value;
        }
        return n;
    }

    static Node delete(Node n, int key) {
        if (n == null) {
            return null;
        }
        if (key < n.key) {
            n.left = delete(n.left, key);
        } else if (key > n.key) {
            n.right = delete(n.right, key);
        } else {
            if (n.left == null) return n.right;
            if (n.right == null) return n.left;
            Node m = n.right;
            while (m.left != null) m = m.left;
            n.key = m.key;
            n.value = m.value;
            n.right = delete(n.right, m.key);
        }
        return n;
    }

    static int height(Node n) {
        return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right));
    }

    static void inorder(Node n, StringBuilder sb) {
        if (n != null) {
            inorder(n.left, sb);
            sb.append(n.key).append(' ');
            inorder(n.right, sb);
        }
    }

    static void preorder(Node n, StringBuilder sb) {
        if (n != null) {
            sb.append(n.key).append(' ');
            preorder(n.left, sb);
            preorder(n.right, sb);
        }
    }

    static void postorder(Node n, StringBuilder sb) {
        if (n != null) {
            postorder(n.left, sb);
            postorder(n.right, sb);
            sb.append(n.key).append(' ');
        }
    }

    static int collect(Node n, int[] keys, int i) {
        if (n == null) return i;
        i = collect(n.left, keys, i);
        keys[i++] = n.key;
        return collect(n.right, keys, i);
    }

    static Node build(int[] keys, int lo, int hi) {
        if (lo > hi) return null;
        int mid = (lo + hi) >>> 1;
        Node n = new Node(keys[mid], "b" + keys[mid]);
        n.left = build(keys, lo, mid - 1);
        n.right = build(keys, mid + 1, hi);
        return n;
    }

    static int size(Node n) {
        return n == null ? 0 : 1 + size(n.left) + size(n.right);
    }

    public static void main(String[] args) {
        Node root = null;
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 10, 90, 85};
        for (int k : keys) {
            root = insert(root, k, "v" + k);
        }
        StringBuilder in = new StringBuilder(), pre = new StringBuilder(), post = new StringBuilder();
        inorder(root, in);
        preorder(root, pre);
        postorder(root, post);
        System.out.println("in: " + in + "\npre: " + pre + "\npost: " + post + "\nheight " + height(root) + " size " + size(root));
        root = delete(root, 30);
        root = delete(root, 50);
        root = delete(root, 999);
        StringBuilder after = new StringBuilder();
        inorder(root, after);
        System.out.println("after deletes: " + after + "root " + root.key + " " + root.value);
        Node skewed = null;
        for (int i = 0; i < 500; i++) {
            skewed = insert(skewed, i, null);
        }
        int[] all = new int[size(skewed)];
        collect(skewed, all, 0);
        Node balanced = build(all, 0, all.length - 1);
        System.out.println("skewed height " + height(skewed) + " balanced height " + height(balanced) + " root " + balanced.key);
    }
}
