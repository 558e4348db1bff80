import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Stream iterators pull one element at a time through the pipeline. */
public class StreamsIterator {
    public static void main(String[] args) {
        Iterator<Integer> it = Stream.of(1, 2, 3, 4).peek(x -> System.out.println("pulled " + x)).filter(x -> x % 2 == 0).iterator();
        System.out.println("iterator made");
        while (it.hasNext()) {
            System.out.println("next " + it.next());
        }
        PrimitiveIterator.OfInt pi = IntStream.rangeClosed(1, 3).map(i -> i * 100).iterator();
        int total = 0;
        while (pi.hasNext()) {
            total += pi.nextInt();
        }
        System.out.println(total);
        Iterator<String> sorted = Stream.of("c", "a", "b").peek(s -> System.out.println("into sort " + s)).sorted().iterator();
        System.out.println(sorted.next() + sorted.next() + sorted.next() + " " + sorted.hasNext());
        try {
            sorted.next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("NoSuchElementException");
        }
        Iterator<Integer> inf = Stream.iterate(1, x -> x * 3).flatMap(x -> Stream.of(x, -x)).iterator();
        for (int i = 0; i < 5; i++) {
            System.out.print(inf.next() + " ");
        }
        System.out.println();
        IntStream.range(0, 4).iterator().forEachRemaining((int i) -> System.out.print(i));
        System.out.println();
        java.util.Spliterator<String> sp = Stream.of("p", "q").spliterator();
        sp.tryAdvance(System.out::println);
        sp.forEachRemaining(System.out::println);
    }
}
