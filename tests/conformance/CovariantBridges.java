/** Covariant return types and the bridge methods javac emits for them and for generic overrides. */
public class CovariantBridges {
    static class Animal {
        Animal self() {
            return this;
        }

        Object make() {
            return "Animal.make";
        }

        String name() {
            return "animal";
        }
    }

    static class Dog extends Animal {
        @Override
        Dog self() {
            return this;
        }

        @Override
        String make() {
            return "Dog.make";
        }

        @Override
        String name() {
            return "dog";
        }

        String bark() {
            return "woof";
        }
    }

    interface Transformer<T, R> {
        R apply(T input);
    }

    static class Length implements Transformer<String, Integer> {
        @Override
        public Integer apply(String input) {
            return input.length();
        }
    }

    static abstract class Holder<T extends Comparable<T>> {
        abstract T get();

        boolean greaterThan(T other) {
            return get().compareTo(other) > 0;
        }
    }

    static class IntHolder extends Holder<Integer> {
        final int v;

        IntHolder(int v) {
            this.v = v;
        }

        @Override
        Integer get() {
            return v;
        }
    }

    static class Node implements Comparable<Node> {
        final int rank;

        Node(int rank) {
            this.rank = rank;
        }

        @Override
        public int compareTo(Node o) {
            return Integer.compare(rank, o.rank);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Animal a = new Dog();
        System.out.println(a.self().name() + " " + a.make() + " " + ((Dog) a).self().bark());
        Object made = a.make();
        System.out.println("made is String: " + (made instanceof String));
        Transformer<String, Integer> t = new Length();
        System.out.println("generic call: " + t.apply("hello"));
        Transformer raw = t;
        System.out.println("raw call through bridge: " + raw.apply("four"));
        try {
            raw.apply(42);
        } catch (ClassCastException e) {
            System.out.println("bridge cast fails: " + e.getMessage());
        }
        Holder<Integer> h = new IntHolder(10);
        System.out.println("greaterThan 5: " + h.greaterThan(5) + ", 15: " + h.greaterThan(15));
        Comparable rawNode = new Node(3);
        System.out.println("compareTo via bridge: " + rawNode.compareTo(new Node(1)) + " " + rawNode.compareTo(new Node(9)));
        try {
            rawNode.compareTo("not a node");
        } catch (ClassCastException e) {
            System.out.println("compareTo bridge cast: " + e.getMessage());
        }
        Node[] nodes = {new Node(5), new Node(1), new Node(3)};
        java.util.Arrays.sort(nodes);
        System.out.println("sorted ranks: " + nodes[0].rank + nodes[1].rank + nodes[2].rank);
    }
}
