/** Generic interfaces with default methods calling abstract ones, generic bridges through interfaces, and specialization. */
public class InterfaceGenericDefault {
    interface Container<T> {
        T get(int i);

        int size();

        default T first() {
            return size() == 0 ? null : get(0);
        }

        default T last() {
            return size() == 0 ? null : get(size() - 1);
        }

        default String render() {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(get(i));
            }
            return sb.append('}').toString();
        }
    }

    interface NumberContainer<N extends Number> extends Container<N> {
        default double total() {
            double t = 0;
            for (int i = 0; i < size(); i++) {
                t += get(i).doubleValue();
            }
            return t;
        }
    }

    static final class IntRange implements NumberContainer<Integer> {
        final int lo, hi;

        IntRange(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public Integer get(int i) {
            return lo + i;
        }

        @Override
        public int size() {
            return Math.max(0, hi - lo);
        }

        @Override
        public String render() {
            return "IntRange" + NumberContainer.super.render();
        }
    }

    static final class Words implements Container<String> {
        final String[] words;

        Words(String... words) {
            this.words = words;
        }

        public String get(int i) {
            return words[i];
        }

        public int size() {
            return words.length;
        }
    }

    static <T> String describe(Container<T> c) {
        return c.render() + " first=" + c.first() + " last=" + c.last() + " size=" + c.size();
    }

    public static void main(String[] args) {
        IntRange r = new IntRange(3, 8);
        System.out.println(describe(r) + " total=" + r.total());
        System.out.println(describe(new IntRange(5, 5)) + " total=" + new IntRange(5, 5).total());
        System.out.println(describe(new Words("x", "y", "z")));
        Container<Double> lambdaless = new Container<>() {
            public Double get(int i) {
                return i / 4.0;
            }

            public int size() {
                return 3;
            }
        };
        System.out.println(describe(lambdaless));
        Container<?> wild = r;
        Object o = wild.get(2);
        System.out.println("wildcard get " + o + " " + o.getClass().getSimpleName());
    }
}
