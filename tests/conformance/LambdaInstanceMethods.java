/** Lambdas inside instance methods, constructors, static initializers, default methods and inner classes. */
import java.util.function.IntSupplier;
import java.util.function.Supplier;

public class LambdaInstanceMethods {
    static final Supplier<String> STATIC_INIT;

    static {
        String local = "from <clinit>";
        STATIC_INIT = () -> local + " " + LambdaInstanceMethods.class.getSimpleName();
    }

    final Supplier<String> fromCtor;
    int hits;

    LambdaInstanceMethods(String tag) {
        fromCtor = () -> "ctor tag " + tag + " hits " + hits;
    }

    interface Named {
        String name();

        default Supplier<String> greeter(String greeting) {
            return () -> greeting + ", " + name();
        }
    }

    class Inner {
        IntSupplier counter() {
            return () -> ++hits;
        }
    }

    private String privateHelper(int x) {
        return "private helper " + x;
    }

    Supplier<String> usesPrivate(int x) {
        return () -> privateHelper(x * 2);
    }

    public static void main(String[] args) {
        System.out.println(STATIC_INIT.get());
        LambdaInstanceMethods o = new LambdaInstanceMethods("T");
        System.out.println(o.fromCtor.get());
        IntSupplier c = o.new Inner().counter();
        c.getAsInt();
        c.getAsInt();
        System.out.println(o.fromCtor.get());
        Named n = () -> "world";
        System.out.println(n.greeter("hello").get());
        System.out.println(o.usesPrivate(21).get());
        Supplier<Supplier<Integer>> deep = () -> {
            int base = o.hits * 10;
            return () -> base + o.hits;
        };
        o.hits = 5;
        Supplier<Integer> inner = deep.get();
        o.hits = 6;
        System.out.println("deep " + inner.get());
    }
}
