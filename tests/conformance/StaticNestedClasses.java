/** Static nested classes: builders, nested generics, static counters per class, access to outer private statics. */
public class StaticNestedClasses {
    private static int instances;

    static final class Point {
        final int x, y;

        private Point(Builder b) {
            x = b.x;
            y = b.y;
            instances++;
        }

        static Builder builder() {
            return new Builder();
        }

        @Override
        public String toString() {
            return "(" + x + "," + y + ")";
        }

        static final class Builder {
            private int x, y;

            Builder x(int v) {
                x = v;
                return this;
            }

            Builder y(int v) {
                y = v;
                return this;
            }

            Point build() {
                return new Point(this);
            }
        }
    }

    static class Pair<A, B> {
        final A a;
        final B b;

        Pair(A a, B b) {
            this.a = a;
            this.b = b;
        }

        static <X> Pair<X, X> twin(X x) {
            return new Pair<>(x, x);
        }

        Pair<B, A> swap() {
            return new Pair<>(b, a);
        }

        @Override
        public String toString() {
            return "<" + a + "|" + b + ">";
        }
    }

    static class Registry {
        static int registered;
        private static final String[] names = new String[4];

        static void register(String n) {
            names[registered++] = n;
        }

        static String all() {
            return String.join(",", java.util.Arrays.copyOf(names, registered));
        }
    }

    public static void main(String[] args) {
        Point p = Point.builder().x(3).y(-4).build();
        Point q = new Point.Builder().y(9).build();
        System.out.println(p + " " + q + " instances " + instances);
        Pair<String, Integer> pair = new Pair<>("one", 1);
        System.out.println(pair + " " + pair.swap() + " " + Pair.twin('z') + " " + pair.swap().swap().a);
        Registry.register("alpha");
        Registry.register("beta");
        System.out.println("registry " + Registry.registered + " " + Registry.all());
        System.out.println("names " + Point.Builder.class.getName() + " " + Point.Builder.class.getSimpleName());
    }
}
