// Lambdas and method references through LambdaMetafactory: every handle kind, capture, boxing and identity.
import java.util.function.*;

public class IndyLambdas {
    interface IntToLong { long apply(int x); }
    interface LongSupplierish { long get(); }
    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }
    interface Widening { double apply(int a, long b, float c); }
    interface ObjToInt<T> { int apply(T t); }
    interface Greeter { default String greet(String who) { return prefix() + who; } String prefix(); }

    static class Base {
        String who() { return "base"; }
    }

    static class Derived extends Base {
        @Override String who() { return "derived"; }
        Supplier<String> viaSuper() { return super::who; }
        Supplier<String> viaThis() { return this::who; }
    }

    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        Point() { this(-1, -1); }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    private int field = 10;

    private int addField(int v) { return v + field; }

    static int twice(int v) { return 2 * v; }

    static String join(String a, int b, Object c) { return a + b + c; }

    static Runnable nonCapturing() { return () -> System.out.println("non-capturing run"); }

    static Supplier<String> capturing(String s) { return () -> s + "!"; }

    public static void main(String[] args) {
        // Static method references and lambdas.
        IntUnaryOperator twiceRef = IndyLambdas::twice;
        IntUnaryOperator inc = v -> v + 1;
        System.out.println(twiceRef.applyAsInt(21) + " " + inc.applyAsInt(41));
        // Boxing and unboxing between the generic interface and primitive implementations.
        Function<Integer, Integer> boxed = IndyLambdas::twice;
        System.out.println(boxed.apply(8));
        BiFunction<Integer, Long, Long> mixed = (a, b) -> a + b;
        System.out.println(mixed.apply(3, 4L));
        IntToLong widenResult = IndyLambdas::twice;
        System.out.println(widenResult.apply(1 << 30));
        Widening widening = (a, b, c) -> a + b + c;
        System.out.println(widening.apply(1, 2L, 0.5f));
        ToIntFunction<String> length = String::length;
        System.out.println(length.applyAsInt("hello"));
        ObjToInt<Integer> unboxIdentity = Integer::intValue;
        System.out.println(unboxIdentity.apply(77));
        Predicate<String> empty = String::isEmpty;
        System.out.println(empty.test("") + " " + empty.test("x"));
        Supplier<Boolean> boolBox = () -> true;
        System.out.println(boolBox.get());
        DoubleSupplier ds = () -> 1.5f;
        System.out.println(ds.getAsDouble());
        Function<Character, Integer> charToInt = ch -> ch + 1;
        System.out.println(charToInt.apply('a'));
        LongSupplierish ls = () -> Integer.MAX_VALUE;
        System.out.println(ls.get() + 1);
        // Unbound, bound, constructor and super references.
        BiFunction<String, Integer, Character> charAt = String::charAt;
        System.out.println(charAt.apply("cortado", 2));
        String text = "bound";
        Supplier<Integer> boundLength = text::length;
        System.out.println(boundLength.get());
        Consumer<Object> printer = System.out::println;
        printer.accept("printed by a bound reference");
        Supplier<Point> origin = Point::new;
        BiFunction<Integer, Integer, Point> make = Point::new;
        System.out.println(origin.get() + " " + make.apply(3, 4));
        Function<Integer, int[]> newArray = int[]::new;
        System.out.println(newArray.apply(5).length);
        IntFunction<String[]> newStrings = String[]::new;
        System.out.println(newStrings.apply(2).length);
        Derived derived = new Derived();
        System.out.println(derived.viaSuper().get() + " " + derived.viaThis().get());
        TriFunction<String, Integer, Object, String> joiner = IndyLambdas::join;
        System.out.println(joiner.apply("j", 1, null));
        // Capture of locals and of this; private instance methods.
        IndyLambdas me = new IndyLambdas();
        IntUnaryOperator addField = me::addField;
        me.field = 100;
        System.out.println(addField.applyAsInt(5));
        System.out.println(me.instanceLambda().get());
        int base = 1000; long big = 1L << 40; double half = 0.5; char letter = 'z'; boolean flag = true;
        Supplier<String> many = () -> base + " " + big + " " + half + " " + letter + " " + flag;
        System.out.println(many.get());
        // Interface default methods reached through a lambda.
        Greeter greeter = () -> "hi ";
        System.out.println(greeter.greet("there"));
        // Identity: a non-capturing lambda evaluates to the same object each time; capturing ones do not.
        System.out.println(nonCapturing() == nonCapturing());
        System.out.println(capturing("a") == capturing("a"));
        nonCapturing().run();
        System.out.println(capturing("captured").get());
        // Composition through default methods of java.util.function.
        Function<Integer, Integer> plusOne = x -> x + 1;
        Function<Integer, Integer> timesTen = x -> x * 10;
        System.out.println(plusOne.andThen(timesTen).apply(1) + " " + plusOne.compose(timesTen).apply(1));
        // Lambdas in a loop capturing the loop variable.
        Supplier<?>[] suppliers = new Supplier<?>[3];
        for (int k = 0; k < suppliers.length; k++) {
            int copy = k;
            suppliers[k] = () -> "s" + copy;
        }
        for (Supplier<?> supplier : suppliers) {
            System.out.print(supplier.get() + " ");
        }
        System.out.println();
        // A null bound receiver fails before the lambda exists.
        try {
            String none = null;
            Supplier<Integer> broken = none::length;
            System.out.println("not reached " + broken);
        } catch (NullPointerException e) {
            System.out.println("NPE for a null bound receiver");
        }
        // Unboxing a null argument fails inside the lambda.
        try {
            Function<Integer, Integer> twiceBoxed = IndyLambdas::twice;
            twiceBoxed.apply(null);
        } catch (NullPointerException e) {
            System.out.println("NPE unboxing null");
        }
    }

    Supplier<String> instanceLambda() {
        return () -> "field is " + field;
    }
}
