import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Stream builders: add/accept, build once, IllegalStateException afterwards. */
public class StreamsBuilder {
    public static void main(String[] args) {
        Stream.Builder<String> b = Stream.builder();
        b.add("a").add("b");
        b.accept("c");
        Stream<String> s = b.build();
        try {
            b.add("d");
        } catch (IllegalStateException e) {
            System.out.println("add after build: " + e.getMessage());
        }
        try {
            b.build();
        } catch (IllegalStateException e) {
            System.out.println("second build: " + e.getMessage());
        }
        System.out.println(s.collect(Collectors.toList()));
        IntStream.Builder ib = IntStream.builder();
        for (int i = 0; i < 20; i++) {
            ib.accept(i * i);
        }
        System.out.println(ib.build().sum());
        System.out.println(LongStream.builder().add(5).add(6).build().count());
        System.out.println(DoubleStream.builder().add(0.25).add(0.5).build().sum());
        System.out.println(Stream.ofNullable(null).count() + " " + Stream.ofNullable("x").count());
    }
}
