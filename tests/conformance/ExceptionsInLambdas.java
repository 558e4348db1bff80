/** Exceptions thrown through lambdas and method references, caught by the caller; handlers in loops and nested ranges. */
import java.util.function.Function;
import java.util.function.Supplier;

public class ExceptionsInLambdas {
    static int parseOrThrow(String s) {
        return Integer.parseInt(s);
    }

    static <T> String attempt(Supplier<T> s) {
        try {
            return "ok " + s.get();
        } catch (NumberFormatException e) {
            return "NFE " + e.getMessage();
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
            return e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "other " + e;
        }
    }

    public static void main(String[] args) {
        int[] arr = {1, 2};
        System.out.println(attempt(() -> parseOrThrow("12")));
        System.out.println(attempt(() -> parseOrThrow("1x")));
        System.out.println(attempt(() -> 10 / (arr[0] - 1)));
        System.out.println(attempt(() -> arr[2]));
        System.out.println(attempt(() -> {
            throw new IllegalStateException("from block lambda");
        }));
        Function<String, Integer> ref = ExceptionsInLambdas::parseOrThrow;
        Function<String, Integer> composed = ref.andThen(x -> 100 / x);
        String[] inputs = {"5", "0", "zz", "-4"};
        for (String in : inputs) {
            try {
                System.out.println("composed(" + in + ") = " + composed.apply(in));
            } catch (ArithmeticException e) {
                System.out.println("composed(" + in + ") arithmetic: " + e.getMessage());
            } catch (NumberFormatException e) {
                System.out.println("composed(" + in + ") parse: " + e.getMessage());
            }
        }
        int handled = 0;
        for (int i = 0; i < 20; i++) {
            try {
                try {
                    if (i % 3 == 0) {
                        throw new IllegalArgumentException("i=" + i);
                    }
                    if (i % 5 == 0) {
                        Object o = "s";
                        Integer bad = (Integer) o;
                    }
                } catch (IllegalArgumentException e) {
                    handled += 1;
                    if (i % 2 == 0) {
                        throw new RuntimeException("escalated " + e.getMessage());
                    }
                }
            } catch (ClassCastException e) {
                handled += 100;
            } catch (RuntimeException e) {
                handled += 10000;
            }
        }
        System.out.println("handled " + handled);
        Runnable r = () -> {
            throw new UnsupportedOperationException("runnable says no");
        };
        try {
            r.run();
        } catch (UnsupportedOperationException e) {
            System.out.println(e.getMessage());
        }
    }
}
