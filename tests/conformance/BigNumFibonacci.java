import java.math.BigInteger;

/** Fibonacci numbers with BigInteger: F(0..200), F(1000), Cassini's identity and gcd(F(m), F(n)) = F(gcd(m, n)). */
public class BigNumFibonacci {
    static BigInteger fib(int n) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        return a;
    }

    public static void main(String[] args) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i <= 200; i++) {
            if (i % 10 == 0 || i > 190) {
                System.out.println("F(" + i + ") = " + a);
            }
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        BigInteger f1000 = fib(1000);
        System.out.println("F(1000) = " + f1000);
        System.out.println("F(1000) hex = " + f1000.toString(16));
        for (int n = 1; n <= 300; n += 37) {
            BigInteger c = fib(n - 1).multiply(fib(n + 1)).subtract(fib(n).pow(2));
            System.out.println("Cassini n=" + n + ": " + c);
        }
        int[][] pairs = {{100, 75}, {240, 180}, {97, 89}, {300, 120}};
        for (int[] p : pairs) {
            BigInteger g = fib(p[0]).gcd(fib(p[1]));
            int m = p[0];
            int n = p[1];
            while (n != 0) {
                int t = m % n;
                m = n;
                n = t;
            }
            System.out.println("gcd(F(" + p[0] + "), F(" + p[1] + ")) = " + g + " = F(" + m + ") " + g.equals(fib(m)));
        }
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i <= 500; i++) {
            sum = sum.add(fib(i));
        }
        System.out.println("sum F(0..500) + 1 == F(502): " + sum.add(BigInteger.ONE).equals(fib(502)));
    }
}
