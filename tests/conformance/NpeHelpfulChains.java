/** Helpful NPE messages in longer expressions: field chains, 2-D arrays, casts, static method results, lambda captures. */
import java.util.function.Supplier;

public class NpeHelpfulChains {
    static class A {
        B b;
        A[] peers;
    }

    static class B {
        C c;

        C getC() {
            return c;
        }
    }

    static class C {
        String name;
        int[] data;
    }

    static A global;

    static A make() {
        return new A();
    }

    static void probe(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no NPE");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    static int deepField(A a) {
        return a.b.c.name.length();
    }

    static int deepMethod(A a) {
        return a.b.getC().data[0];
    }

    static int twoD(int[][] grid, int i, int j) {
        return grid[i][j];
    }

    static int castThenCall(Object o) {
        return ((String) o).length();
    }

    static int staticResult() {
        return make().b.c.data.length;
    }

    static int peerChain(A a) {
        return a.peers[1].b.hashCode();
    }

    public static void main(String[] args) {
        A a = new A();
        probe("a.b.c.name", () -> deepField(a));
        a.b = new B();
        probe("a.b.c.name (b set)", () -> deepField(a));
        a.b.c = new C();
        probe("a.b.c.name (c set)", () -> deepField(a));
        probe("a.b.getC().data[0]", () -> deepMethod(a));
        probe("grid[i][j]", () -> twoD(new int[3][], 1, 2));
        probe("grid null", () -> twoD(null, 0, 0));
        probe("cast then call", () -> castThenCall(null));
        probe("static result chain", NpeHelpfulChains::staticResult);
        a.peers = new A[2];
        probe("peers[1].b", () -> peerChain(a));
        probe("global.b", () -> System.out.println(global.b));
        String captured = null;
        Supplier<Integer> s = () -> captured.length();
        probe("captured in lambda", s::get);
        long[] longs = null;
        probe("long array compound", () -> {
            long[] l = longs;
            l[0] += 1;
        });
        probe("string switch on null field", () -> {
            C c = new C();
            switch (c.name) {
                default -> System.out.println("x");
            }
        });
        probe("enhanced for over null field", () -> {
            C c = new C();
            for (int v : c.data) {
                System.out.println(v);
            }
        });
    }
}
