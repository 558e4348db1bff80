import java.util.Random;
import java.util.stream.DoubleStream;

/** DoubleStream.sum and average use compensated summation, so results match HotSpot digit for digit. */
public class StreamsDoubleSum {
    public static void main(String[] args) {
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).sum());
        System.out.println(DoubleStream.of(1e16, 1.0, -1e16).sum());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).average().getAsDouble());
        double naive = 0;
        for (int i = 0; i < 10; i++) {
            naive += 0.1;
        }
        System.out.println(naive + " vs " + DoubleStream.generate(() -> 0.1).limit(10).sum());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, 1.0).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum());
        System.out.println(DoubleStream.of(Double.MAX_VALUE, Double.MAX_VALUE).sum());
        System.out.println(DoubleStream.of(Double.NaN, 1).sum() + " " + DoubleStream.empty().sum() + " " + DoubleStream.empty().average());
        System.out.println(DoubleStream.of(-0.0).sum() + " " + DoubleStream.of(3, 1, 2).min().getAsDouble() + " " + DoubleStream.of(-0.0, 0.0).max().getAsDouble());
        double[] xs = new double[1000];
        double s = 0;
        for (int i = 0; i < xs.length; i++) {
            xs[i] = Math.sin(i) * Math.pow(10, i % 17 - 8);
            s += xs[i];
        }
        System.out.println(s);
        System.out.println(DoubleStream.of(xs).sum());
        System.out.println(DoubleStream.of(xs).average().getAsDouble());
        System.out.println(DoubleStream.of(xs).map(Math::abs).max().getAsDouble());
    }
}
