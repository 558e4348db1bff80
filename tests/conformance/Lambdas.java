/** Lambdas and method references of every kind, over functional interfaces declared here and in java.lang. */
public class Lambdas {
    interface IntOp {
        int apply(int a, int b);
    }

    interface Transformer<A, B> {
        B transform(A a);

        default <C> Transformer<A, C> then(Transformer<B, C> next) {
            return a -> next.transform(transform(a));
        }
    }

    interface Maker<T> {
        T make(String s);
    }

    interface Supplier<T> {
        T get();
    }

    static int fold(int[] values, int start, IntOp op) {
        int acc = start;
        for (int v : values) {
            acc = op.apply(acc, v);
        }
        return acc;
    }

    static int triple(int x) {
        return x * 3;
    }

    final String prefix;

    Lambdas(String prefix) {
        this.prefix = prefix;
    }

    String decorate(String s) {
        return prefix + s;
    }

    Supplier<String> capturingThis() {
        return () -> decorate("this");
    }

    public static void main(String[] args) {
        int[] values = {1, 2, 3, 4, 5};
        System.out.println("sum = " + fold(values, 0, (a, b) -> a + b));
        System.out.println("product = " + fold(values, 1, (a, b) -> a * b));
        System.out.println("max = " + fold(values, Integer.MIN_VALUE, Math::max));
        int offset = 100;
        System.out.println("captured = " + fold(values, 0, (a, b) -> a + b + offset));
        Transformer<Integer, Integer> t = Lambdas::triple;
        Transformer<Integer, String> chain = t.then(x -> "<" + x + ">").then(String::toUpperCase);
        System.out.println("chain = " + chain.transform(7));
        Transformer<String, Integer> length = String::length;
        System.out.println("unbound = " + length.transform("lambda"));
        Lambdas obj = new Lambdas(">> ");
        Transformer<String, String> bound = obj::decorate;
        System.out.println("bound = " + bound.transform("text"));
        System.out.println("capturing this = " + obj.capturingThis().get());
        Maker<StringBuilder> ctor = StringBuilder::new;
        System.out.println("constructor ref = " + ctor.make("abc").reverse());
        Transformer<Integer, int[]> arrayCtor = int[]::new;
        System.out.println("array constructor ref length = " + arrayCtor.transform(4).length);
        Runnable[] runnables = new Runnable[3];
        for (int i = 0; i < runnables.length; i++) {
            int copy = i;
            runnables[i] = () -> System.out.println("runnable " + copy);
        }
        for (Runnable r : runnables) {
            r.run();
        }
        Supplier<Supplier<String>> nested = () -> () -> "nested lambda";
        System.out.println(nested.get().get());
        StringBuilder shared = new StringBuilder();
        Runnable appender = () -> shared.append("x");
        appender.run();
        appender.run();
        System.out.println("mutated captured object = " + shared);
        Transformer<Integer, Integer> fact = new Transformer<>() {
            public Integer transform(Integer n) {
                return n <= 1 ? 1 : n * this.transform(n - 1);
            }
        };
        System.out.println("recursive anonymous = " + fact.transform(10));
        Comparable<Integer> cmp = other -> Integer.compare(5, other);
        System.out.println("lambda Comparable = " + cmp.compareTo(3) + " " + cmp.compareTo(9));
        Transformer<Object, String> toStr = String::valueOf;
        System.out.println("valueOf(null) ref = " + toStr.transform(null));
    }
}
