/** User-defined Iterable/Iterator used by for-each: ranges, early break, nested iteration, remove() default, exhaustion. */
import java.util.Iterator;
import java.util.NoSuchElementException;

public class IterableCustom {
    static class Range implements Iterable<Integer> {
        final int from, to, step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = from;

                @Override
                public boolean hasNext() {
                    return step > 0 ? next < to : next > to;
                }

                @Override
                public Integer next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("range exhausted at " + next);
                    }
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static class Linked<T> implements Iterable<T> {
        private Object[] items = new Object[2];
        private int size;

        void add(T t) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = t;
        }

        @SuppressWarnings("unchecked")
        @Override
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int i;

                public boolean hasNext() {
                    return i < size;
                }

                public T next() {
                    return (T) items[i++];
                }
            };
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int v : new Range(0, 10, 3)) {
            sb.append(v).append(' ');
        }
        for (int v : new Range(5, -5, -4)) {
            sb.append(v).append(' ');
        }
        System.out.println("ranges: " + sb);
        int pairs = 0;
        for (int a : new Range(0, 5, 1)) {
            for (int b : new Range(a, 5, 1)) {
                if (a + b == 6) {
                    break;
                }
                pairs++;
            }
        }
        System.out.println("pairs " + pairs);
        Linked<String> list = new Linked<>();
        for (String w : "one two three four five".split(" ")) {
            list.add(w);
        }
        StringBuilder out = new StringBuilder();
        for (String w : list) {
            out.append(w.toUpperCase()).append(',');
        }
        System.out.println("linked: " + out);
        Iterator<Integer> it = new Range(0, 2, 1).iterator();
        it.next();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: " + e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("default remove: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        StringBuilder fe = new StringBuilder();
        list.forEach(w -> fe.append(w.length()));
        System.out.println("forEach default " + fe);
    }
}
