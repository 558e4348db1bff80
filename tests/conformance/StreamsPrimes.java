import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/** Number crunching with primitive streams: primes, perfect numbers, triangle numbers, digit sums. */
public class StreamsPrimes {
    static boolean isPrime(int n) {
        return n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }

    public static void main(String[] args) {
        List<Integer> primes = IntStream.range(0, 100).filter(StreamsPrimes::isPrime).boxed().collect(Collectors.toList());
        System.out.println(primes);
        System.out.println(IntStream.iterate(2, i -> i + 1).filter(StreamsPrimes::isPrime).skip(99).findFirst().getAsInt());
        System.out.println(IntStream.rangeClosed(2, 500).filter(n -> IntStream.range(1, n).filter(d -> n % d == 0).sum() == n).boxed().collect(Collectors.toList()));
        System.out.println(LongStream.rangeClosed(1, 10).map(n -> n * (n + 1) / 2).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.rangeClosed(1, 300).map(n -> String.valueOf(n).chars().map(c -> c - '0').sum()).max().getAsInt());
        System.out.println(IntStream.rangeClosed(1, 30).mapToObj(i -> i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : String.valueOf(i))
            .collect(Collectors.joining(" ")));
        System.out.println(primes.stream().collect(Collectors.groupingBy(p -> p % 10, Collectors.counting())));
    }
}
