import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Int/Long/DoubleSummaryStatistics: HotSpot's toString format, empty values, combine and the checking constructors. */
public class StreamsSummaryStats {
    public static void main(String[] args) {
        System.out.println(IntStream.rangeClosed(1, 5).summaryStatistics());
        System.out.println(LongStream.of(Long.MAX_VALUE, 1).summaryStatistics());
        System.out.println(DoubleStream.of(1.5, 2.25, -7.125).summaryStatistics());
        System.out.println(new IntSummaryStatistics());
        System.out.println(new LongSummaryStatistics());
        System.out.println(new DoubleSummaryStatistics());
        IntSummaryStatistics a = IntStream.of(4, 8).summaryStatistics();
        a.combine(IntStream.of(-2).summaryStatistics());
        System.out.println(a.getCount() + " " + a.getSum() + " " + a.getMin() + " " + a.getMax() + " " + a.getAverage());
        System.out.println(Stream.of("a", "bb", "cccc").collect(Collectors.summarizingInt(String::length)));
        System.out.println(Stream.of("a", "bb").collect(Collectors.summarizingLong(String::length)));
        System.out.println(Stream.of("a", "bb").collect(Collectors.summarizingDouble(s -> s.length() / 3.0)));
        LongSummaryStatistics l = new LongSummaryStatistics();
        l.accept(3);
        l.accept(4L);
        System.out.println(l);
        System.out.println(new IntSummaryStatistics(3, 1, 9, 12));
        try {
            new IntSummaryStatistics(-1, 0, 0, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new LongSummaryStatistics(2, 9, 1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new DoubleSummaryStatistics(2, Double.NaN, 1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        DoubleSummaryStatistics d = DoubleStream.of(Double.NaN, 1).summaryStatistics();
        System.out.println(d.getMin() + " " + d.getMax() + " " + d.getSum());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).summaryStatistics().getSum());
    }
}
