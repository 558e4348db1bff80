import java.math.BigInteger;

/**
 * Digits of pi by Gibbons' unbounded spigot (the "pidigits" workload): a linear fractional transformation
 * (q, r, t) is composed with one series term at a time, and a digit is emitted whenever floor((3q + r) / t)
 * and floor((4q + r) / t) agree. Exercises BigInteger multiplication by small values, addition, comparison
 * and long division with a one-word quotient, on numbers that grow to tens of thousands of bits. Takes the
 * number of digits as its argument; prints the first and last digits, the digit sum and a rolling hash.
 */
public class PiDigits {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        BigInteger three = BigInteger.valueOf(3);
        BigInteger q = BigInteger.ONE;
        BigInteger r = BigInteger.ZERO;
        BigInteger t = BigInteger.ONE;
        StringBuilder head = new StringBuilder();
        StringBuilder tail = new StringBuilder();
        long sum = 0;
        long hash = 0;
        int produced = 0;
        int k = 0;
        while (produced < n) {
            k++;
            BigInteger odd = BigInteger.valueOf(2L * k + 1);
            r = q.shiftLeft(1).add(r).multiply(odd);
            q = q.multiply(BigInteger.valueOf(k));
            t = t.multiply(odd);
            if (q.compareTo(r) > 0) {
                continue;
            }
            BigInteger[] qr = q.multiply(three).add(r).divideAndRemainder(t);
            // The digit is safe only if adding q (going from 3q + r to 4q + r) does not reach the next multiple of t.
            if (qr[1].add(q).compareTo(t) >= 0) {
                continue;
            }
            int digit = qr[0].intValue();
            produced++;
            sum += digit;
            hash = (hash * 31 + digit) % 1_000_000_007L;
            if (produced <= 50) {
                head.append(digit);
            }
            if (produced > n - 20) {
                tail.append(digit);
            }
            r = r.subtract(t.multiply(BigInteger.valueOf(digit))).multiply(BigInteger.TEN);
            q = q.multiply(BigInteger.TEN);
        }
        StringBuilder out = new StringBuilder();
        out.append("digits ").append(n).append(" first ").append(head).append(" last ").append(tail)
                .append(" sum ").append(sum).append(" hash ").append(hash).append(" terms ").append(k);
        System.out.println(out.toString());
    }
}
