/** Generics (erasure, bounds, bridge methods) and boxing: the Integer cache, unboxing null, equals across types. */
public class GenericsBoxing {
    static class Box<T extends Comparable<T>> {
        private T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        boolean isBiggerThan(Box<T> other) {
            return value.compareTo(other.value) > 0;
        }
    }

    static class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        @Override
        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }

    static class Version implements Comparable<Version> {
        final int n;

        Version(int n) {
            this.n = n;
        }

        @Override
        public int compareTo(Version o) {
            return Integer.compare(n, o.n);
        }
    }

    static <T extends Comparable<T>> T max(T[] items) {
        T best = items[0];
        for (T item : items) {
            if (item.compareTo(best) > 0) {
                best = item;
            }
        }
        return best;
    }

    static Integer nothing() {
        return null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println("127 == 127: " + (a == b) + ", 128 == 128: " + (c == d) + ", equals: " + c.equals(d));
        Long la = 127L, lb = 127L, lc = 1000L, ld = 1000L;
        System.out.println("Long cache: " + (la == lb) + " " + (lc == ld));
        Character ca = 'a', cb = 'a';
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Character cache: " + (ca == cb) + ", Boolean: " + (t1 == t2));
        System.out.println("new-style valueOf(-128) same: " + (Integer.valueOf(-128) == Integer.valueOf(-128))
            + ", -129: " + (Integer.valueOf(-129) == Integer.valueOf(-129)));
        System.out.println("Integer.equals(Long): " + Integer.valueOf(1).equals(Long.valueOf(1)) + ", int == long: "
            + (a == 127L));
        Integer sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += i;
        }
        System.out.println("boxed accumulation = " + sum);
        try {
            int x = nothing();
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: " + e.getClass().getName());
        }
        Box<String> s1 = new Box<>("pear"), s2 = new Box<>("apple");
        System.out.println("box compare: " + s1.isBiggerThan(s2) + " " + s2.isBiggerThan(s1) + " " + s1.get());
        Integer[] ints = {3, 9, -2, 7};
        System.out.println("generic max: " + max(ints) + " " + max(new String[] {"b", "c", "a"}));
        Pair<String, Integer> p = new Pair<>("k", 1);
        System.out.println("pair: " + p + " -> " + p.withSecond(2.5) + " -> " + p.withSecond(null));
        Comparable raw = new Version(3);
        System.out.println("bridge method via raw type: " + raw.compareTo(new Version(1)));
        try {
            raw.compareTo("not a version");
        } catch (ClassCastException e) {
            System.out.println("bridge cast fails: ClassCastException");
        }
        Object o = 42;
        System.out.println("autoboxed Object: " + o.getClass().getName() + ", 3.0 boxes to "
            + ((Object) 3.0).getClass().getName() + ", 'c' boxes to " + ((Object) 'c').getClass().getSimpleName());
        long widened = a;
        double dd = c;
        System.out.println("unbox then widen: " + widened + " " + dd);
        System.out.println("Integer.MAX_VALUE boxed + 1 = " + (Integer.valueOf(Integer.MAX_VALUE) + 1));
        System.out.println("hashCodes: " + Integer.valueOf(-5).hashCode() + " " + Long.valueOf(1L << 33).hashCode()
            + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('A').hashCode()
            + " " + Float.valueOf(-0.0f).hashCode());
    }
}
