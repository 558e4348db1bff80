/** Generics: erasure-inserted checkcasts, heap pollution detected late, bounded types, generic methods and arrays. */
import java.util.function.Function;

public class GenericsErasure {
    static class Box<T> {
        private T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        void set(T v) {
            value = v;
        }

        <R> Box<R> map(Function<? super T, ? extends R> f) {
            return new Box<>(f.apply(value));
        }
    }

    static <T extends Comparable<T>> T max(T[] items) {
        T best = items[0];
        for (T t : items) {
            if (t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    static <T> T[] newArray(int n, T... proto) {
        return java.util.Arrays.copyOf(proto, n);
    }

    static double sum(Box<? extends Number>[] boxes) {
        double s = 0;
        for (Box<? extends Number> b : boxes) {
            s += b.get().doubleValue();
        }
        return s;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Box<String> s = new Box<>("hello");
        Box<Integer> len = s.map(String::length);
        System.out.println(s.get() + " " + len.get() + " " + len.map(x -> x * 1.5).get());
        Box raw = s;
        raw.set(42);
        Object fine = s.get();
        System.out.println("polluted value read as Object: " + fine);
        try {
            String bad = s.get();
            System.out.println("unreachable " + bad);
        } catch (ClassCastException e) {
            System.out.println("late checkcast: " + e.getMessage());
        }
        System.out.println("max " + max(new Integer[] {3, 9, 2}) + " " + max(new String[] {"pear", "apple", "zoo"}));
        String[] made = newArray(3, "a", "b");
        System.out.println("generic array " + made.length + " " + made.getClass().getSimpleName() + " " + made[2]);
        Box<? extends Number>[] boxes = new Box[] {new Box<>(1), new Box<>(2.5), new Box<>(3L)};
        System.out.println("wildcard sum " + sum(boxes));
        Box<int[]> arrBox = new Box<>(new int[] {1, 2, 3});
        System.out.println("array in generic " + arrBox.get().length);
        System.out.println("same class at runtime " + (s.getClass() == len.getClass()) + " " + s.getClass().getName());
    }
}
