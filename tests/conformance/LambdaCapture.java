/** Lambdas capturing locals of every type, this, fields (read at call time), and lambdas returning lambdas. */
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

public class LambdaCapture {
    int field = 1;
    static int staticField = 100;

    Supplier<String> captureThis() {
        return () -> "field=" + field + " static=" + staticField + " this-class=" + this.getClass().getSimpleName();
    }

    static Supplier<String> captureAll(byte b, short s, char c, int i, long l, float f, double d, boolean z, String str,
                                       int[] arr) {
        return () -> b + "," + s + "," + c + "," + i + "," + l + "," + f + "," + d + "," + z + "," + str + "," + arr[0];
    }

    static Function<Integer, Function<Integer, Function<Integer, Integer>>> curried() {
        return a -> b -> c -> a * 100 + b * 10 + c;
    }

    static IntUnaryOperator adder(int n) {
        return x -> x + n;
    }

    static IntSupplier counter() {
        int[] box = {0};
        return () -> ++box[0];
    }

    public static void main(String[] args) {
        LambdaCapture self = new LambdaCapture();
        Supplier<String> s = self.captureThis();
        System.out.println(s.get());
        self.field = 2;
        staticField = 200;
        System.out.println("after field changes: " + s.get());
        int[] arr = {5};
        Supplier<String> all = captureAll((byte) -1, (short) 300, 'z', 7, 1L << 40, 0.5f, 2.25, true, "str", arr);
        System.out.println(all.get());
        arr[0] = 6;
        System.out.println("array mutation visible: " + all.get());
        System.out.println("curried: " + curried().apply(1).apply(2).apply(3));
        IntUnaryOperator add5 = adder(5);
        IntUnaryOperator add7 = adder(7);
        System.out.println("adders: " + add5.applyAsInt(1) + " " + add7.applyAsInt(1) + " " + add5.andThen(add7).applyAsInt(0));
        IntSupplier c1 = counter();
        IntSupplier c2 = counter();
        System.out.println("counters: " + c1.getAsInt() + c1.getAsInt() + c1.getAsInt() + " " + c2.getAsInt());
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < rs.length; i++) {
            int copy = i;
            rs[i] = () -> System.out.print("run" + copy + " ");
        }
        for (Runnable r : rs) {
            r.run();
        }
        System.out.println();
        Supplier<Supplier<String>> nested = () -> () -> "nested lambda";
        System.out.println(nested.get().get());
        Function<Integer, Integer> recursive = new Function<>() {
            @Override
            public Integer apply(Integer n) {
                return n <= 1 ? 1 : n * this.apply(n - 1);
            }
        };
        System.out.println("anonymous recursive 10! = " + recursive.apply(10));
        String prefix = "p-";
        Function<String, String> withPrefix = x -> prefix + x;
        System.out.println(withPrefix.apply("x") + " " + withPrefix.andThen(String::length).apply("abc"));
    }
}
