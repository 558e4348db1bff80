import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A stream may be used once; onClose handlers run in order on close, exceptions are suppressed onto the first. */
public class StreamsReuse {
    public static void main(String[] args) {
        Stream<String> s = Stream.of("a", "b");
        s.count();
        try {
            s.count();
        } catch (IllegalStateException e) {
            System.out.println("1: " + e.getMessage());
        }
        Stream<String> t = Stream.of("a", "b");
        Stream<String> u = t.map(String::toUpperCase);
        try {
            t.filter(x -> true);
        } catch (IllegalStateException e) {
            System.out.println("2: " + e.getMessage());
        }
        System.out.println(u.findFirst().get());
        IntStream r = IntStream.range(0, 3);
        r.close();
        try {
            r.sum();
        } catch (IllegalStateException e) {
            System.out.println("3: " + e.getMessage());
        }
        Stream<Integer> c = Stream.of(1, 2).onClose(() -> System.out.println("close A")).onClose(() -> System.out.println("close B"));
        System.out.println(c.mapToInt(Integer::intValue).sum());
        c.close();
        c.close();
        try (Stream<Integer> w = Stream.of(1).onClose(() -> System.out.println("twr closed"))) {
            System.out.println("in try " + w.count());
        }
        Stream<Integer> bad = Stream.of(1)
            .onClose(() -> { throw new IllegalArgumentException("first"); })
            .onClose(() -> { throw new UnsupportedOperationException("second"); })
            .onClose(() -> System.out.println("third ran"));
        try {
            bad.close();
        } catch (RuntimeException e) {
            System.out.println(e + " suppressed " + e.getSuppressed().length + " " + e.getSuppressed()[0]);
        }
        Stream<Integer> skip0 = Stream.of(1, 2);
        Stream<Integer> same = skip0.skip(0);
        System.out.println(same == skip0);
        try {
            Stream.of(1).limit(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("limit: " + e.getMessage());
        }
        try {
            IntStream.of(1).skip(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("skip: " + e.getMessage());
        }
    }
}
