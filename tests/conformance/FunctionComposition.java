/** java.util.function composition: andThen/compose/identity, Predicate and/or/negate/not, BiFunction, operators. */
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class FunctionComposition {
    public static void main(String[] args) {
        Function<Integer, Integer> plus1 = x -> x + 1;
        Function<Integer, Integer> times2 = x -> x * 2;
        System.out.println("andThen " + plus1.andThen(times2).apply(5) + " compose " + plus1.compose(times2).apply(5)
            + " identity " + Function.<Integer>identity().apply(9));
        UnaryOperator<String> upper = String::toUpperCase;
        UnaryOperator<String> same = UnaryOperator.identity();
        System.out.println(upper.andThen(s -> s + "!").apply("hi") + " " + same.apply("same"));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longish = s -> s.length() > 3;
        Predicate<String> notEmpty = empty.negate();
        String[] inputs = {"", "ab", "abcd"};
        for (String in : inputs) {
            System.out.println("[" + in + "] notEmpty=" + notEmpty.test(in) + " and=" + notEmpty.and(longish).test(in)
                + " or=" + empty.or(longish).test(in) + " not=" + Predicate.not(longish).test(in) + " isEqual="
                + Predicate.isEqual("ab").test(in));
        }
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println("BiFunction andThen " + add.andThen(x -> x * 10).apply(3, 4));
        BinaryOperator<Integer> max = BinaryOperator.maxBy((a, b) -> Integer.compare(a, b));
        BinaryOperator<Integer> min = BinaryOperator.minBy((a, b) -> Integer.compare(a, b));
        System.out.println("maxBy " + max.apply(3, 9) + " minBy " + min.apply(3, 9));
        IntBinaryOperator gcd = new IntBinaryOperator() {
            @Override
            public int applyAsInt(int a, int b) {
                return b == 0 ? a : applyAsInt(b, a % b);
            }
        };
        IntBinaryOperator mul = (a, b) -> a * b;
        int acc = 1;
        for (int i = 1; i <= 6; i++) {
            acc = mul.applyAsInt(acc, i);
        }
        System.out.println("gcd(84, 36) " + gcd.applyAsInt(84, 36) + " 6! " + acc);
        IntPredicate even = x -> x % 2 == 0;
        IntPredicate positive = x -> x > 0;
        StringBuilder sb = new StringBuilder();
        for (int i = -3; i <= 3; i++) {
            sb.append(even.and(positive).test(i) ? 'T' : 'f').append(even.or(positive).negate().test(i) ? 'N' : 'n');
        }
        System.out.println("IntPredicate " + sb);
        StringBuilder log = new StringBuilder();
        Consumer<String> c1 = s -> log.append("c1:").append(s).append(' ');
        Consumer<String> c2 = s -> log.append("c2:").append(s.length()).append(' ');
        c1.andThen(c2).accept("word");
        BiConsumer<String, Integer> bc = (s, n) -> log.append(s.repeat(n));
        bc.andThen((s, n) -> log.append('|').append(n)).accept("ab", 3);
        System.out.println("consumers " + log);
        DoubleUnaryOperator half = d -> d / 2;
        DoubleUnaryOperator sq = d -> d * d;
        System.out.println("double ops " + half.andThen(sq).applyAsDouble(3) + " " + half.compose(sq).applyAsDouble(3));
        long[] seed = {1};
        LongSupplier lcg = () -> seed[0] = seed[0] * 6364136223846793005L + 1442695040888963407L;
        System.out.println("lcg " + lcg.getAsLong() + " " + lcg.getAsLong() + " " + lcg.getAsLong());
        Function<Integer, Function<Integer, Integer>> adderFactory = a -> b -> a + b;
        Function<Integer, Integer> chain = Function.identity();
        for (int i = 1; i <= 4; i++) {
            chain = chain.andThen(adderFactory.apply(i)).compose(times2);
        }
        System.out.println("built chain(1) " + chain.apply(1));
    }
}
