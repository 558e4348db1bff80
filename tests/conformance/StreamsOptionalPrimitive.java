import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/** OptionalInt/OptionalLong/OptionalDouble: values, fallbacks, toString and equality. */
public class StreamsOptionalPrimitive {
    public static void main(String[] args) {
        System.out.println(OptionalInt.of(5) + " " + OptionalInt.empty() + " " + OptionalLong.of(-9) + " " + OptionalLong.empty()
            + " " + OptionalDouble.of(2.5) + " " + OptionalDouble.empty());
        System.out.println(OptionalInt.empty().orElse(7) + " " + OptionalLong.empty().orElseGet(() -> 8L) + " " + OptionalDouble.of(1).getAsDouble());
        try {
            OptionalDouble.empty().getAsDouble();
        } catch (java.util.NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(OptionalInt.of(3).equals(OptionalInt.of(3)) + " " + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN))
            + " " + OptionalInt.of(3).hashCode() + " " + OptionalLong.of(1L << 33).hashCode() + " " + OptionalDouble.of(1.5).hashCode());
        OptionalInt.of(4).ifPresent(v -> System.out.println("has " + v));
        OptionalLong.empty().ifPresentOrElse(v -> { }, () -> System.out.println("none"));
        System.out.println(IntStream.of(3, 9).max().stream().sum() + " " + OptionalInt.empty().stream().count());
        System.out.println(OptionalInt.of(1).isPresent() + " " + OptionalInt.empty().isEmpty() + " " + OptionalInt.of(6).orElseThrow());
    }
}
