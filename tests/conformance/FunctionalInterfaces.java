/** Custom functional interfaces: generic, primitive-specialized, with default/static methods, checked exceptions, Runnable/Comparable. */
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Supplier;

public class FunctionalInterfaces {
    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);

        default TriFunction<A, B, C, String> described() {
            return (a, b, c) -> "<" + apply(a, b, c) + ">";
        }
    }

    @FunctionalInterface
    interface CheckedSupplier<T> {
        T get() throws Exception;

        static <T> Supplier<T> unchecked(CheckedSupplier<T> s) {
            return () -> {
                try {
                    return s.get();
                } catch (Exception e) {
                    throw new RuntimeException("wrapped: " + e.getMessage(), e);
                }
            };
        }
    }

    interface LongMath {
        long op(long a, long b);
    }

    interface Visitor<R> {
        R visitNumber(int n);

        R visitText(String s);
    }

    static <R> R accept(Object o, Visitor<R> v) {
        return o instanceof Integer i ? v.visitNumber(i) : v.visitText(String.valueOf(o));
    }

    public static void main(String[] args) {
        TriFunction<Integer, String, Character, String> tri = (n, s, c) -> s.repeat(n) + c;
        System.out.println(tri.apply(3, "ab", '!') + " " + tri.described().apply(1, "x", '?'));
        Supplier<String> ok = CheckedSupplier.unchecked(() -> "fine");
        Supplier<String> bad = CheckedSupplier.unchecked(() -> {
            throw new Exception("checked failure");
        });
        System.out.println(ok.get());
        try {
            bad.get();
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " / cause " + e.getCause().getClass().getName());
        }
        LongMath[] ops = {(a, b) -> a + b, (a, b) -> a * b, Math::max, Long::min, (a, b) -> a << b};
        StringBuilder sb = new StringBuilder();
        for (LongMath op : ops) {
            sb.append(op.op(6, 3)).append(' ');
        }
        System.out.println("long ops " + sb);
        Visitor<String> printer = new Visitor<>() {
            @Override
            public String visitNumber(int n) {
                return "num:" + n;
            }

            @Override
            public String visitText(String s) {
                return "text:" + s;
            }
        };
        System.out.println(accept(5, printer) + " " + accept("hi", printer) + " " + accept(2.5, printer));
        String[] words = {"pear", "fig", "banana", "kiwi", "apple"};
        Arrays.sort(words, (a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        System.out.println("by length then alpha: " + String.join(",", words));
        Comparator<String> natural = String::compareTo;
        Arrays.sort(words, (a, b) -> natural.compare(b, a));
        System.out.println("reverse: " + String.join(",", words));
        Arrays.sort(words, natural);
        System.out.println("natural: " + String.join(",", words));
        Runnable r = () -> System.out.println("runnable lambda");
        r.run();
        Comparable<String> cmp = other -> other.length() - 3;
        System.out.println("Comparable lambda: " + cmp.compareTo("hello"));
    }
}
