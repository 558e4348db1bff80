/** Helpful NullPointerException messages for getfield/putfield with locals, parameters, fields, statics, returns, elements. */
public class NpeFieldAccess {
    static class Node {
        int value;
        long big;
        Node next;
        String label;
    }

    static Node staticNode;
    Node instanceNode;

    static Node nothing() {
        return null;
    }

    static void report(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    static int readParam(Node n) {
        return n.value;
    }

    static void writeParam(Node n, long v) {
        n.big = v;
    }

    static int readLocal() {
        Node local = nothing();
        return local.value;
    }

    static void writeLocal() {
        Node a = new Node();
        Node b = a.next;
        b.label = "x";
    }

    static int readChain() {
        Node n = new Node();
        n.next = new Node();
        return n.next.next.value;
    }

    static int readStatic() {
        return staticNode.value;
    }

    static void writeStatic() {
        staticNode.next = null;
    }

    int readInstanceField() {
        return instanceNode.value;
    }

    static int readReturn() {
        return nothing().value;
    }

    static String readElement() {
        Node[] nodes = new Node[3];
        return nodes[1].label;
    }

    static void writeElement() {
        Node[] nodes = new Node[3];
        int i = 2;
        nodes[i].value = 7;
    }

    static int readInLoop() {
        Node head = new Node();
        head.next = new Node();
        int sum = 0;
        for (Node n = head; ; n = n.next) {
            sum += n.value;
        }
    }

    public static void main(String[] args) {
        report("param read", () -> readParam(null));
        report("param write", () -> writeParam(null, 5L));
        report("local read", NpeFieldAccess::readLocal);
        report("local write", NpeFieldAccess::writeLocal);
        report("chain read", NpeFieldAccess::readChain);
        report("static read", NpeFieldAccess::readStatic);
        report("static write", NpeFieldAccess::writeStatic);
        report("instance field read", () -> new NpeFieldAccess().readInstanceField());
        report("method return read", NpeFieldAccess::readReturn);
        report("element read", NpeFieldAccess::readElement);
        report("element write", NpeFieldAccess::writeElement);
        report("loop read", NpeFieldAccess::readInLoop);
        try {
            Node n = null;
            n.value++;
        } catch (NullPointerException e) {
            System.out.println("increment: " + e.getMessage());
        }
        try {
            Node n = new Node();
            n.next.big += 3;
        } catch (NullPointerException e) {
            System.out.println("compound on field of field: " + e.getMessage());
        }
    }
}
