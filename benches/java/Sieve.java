/**
 * Sieve of Eratosthenes over [2, limit], run several times on a fresh boolean array.
 * Measures array allocation and zeroing, boolean array stores, strided loops.
 * Prints the number of primes, their sum, and the largest.
 */
public final class Sieve {
    static boolean[] composites(int limit) {
        boolean[] composite = new boolean[limit + 1];
        for (int p = 2; (long) p * p <= limit; p++) {
            if (!composite[p]) {
                for (int m = p * p; m <= limit; m += p) {
                    composite[m] = true;
                }
            }
        }
        return composite;
    }

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 5000000;
        int rounds = 10;
        int count = 0;
        long sum = 0;
        int largest = 0;
        for (int r = 0; r < rounds; r++) {
            boolean[] composite = composites(limit);
            count = 0;
            sum = 0;
            for (int i = 2; i <= limit; i++) {
                if (!composite[i]) {
                    count++;
                    sum += i;
                    largest = i;
                }
            }
        }
        System.out.println(new StringBuilder().append("sieve ").append(limit).append(" primes ").append(count)
                .append(" sum ").append(sum).append(" largest ").append(largest));
    }
}
