/** GCD/LCM (iterative and recursive), prime factorization, Collatz lengths, modular exponentiation, perfect numbers. */
public class AlgoNumberTheory {
    static long gcd(long a, long b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }

    static int gcdIter(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static String factor(long n) {
        StringBuilder sb = new StringBuilder();
        for (long p = 2; p * p <= n; p++) {
            int e = 0;
            while (n % p == 0) {
                n /= p;
                e++;
            }
            if (e > 0) {
                sb.append(p);
                if (e > 1) {
                    sb.append('^').append(e);
                }
                sb.append(' ');
            }
        }
        if (n > 1) {
            sb.append(n);
        }
        return sb.toString().trim();
    }

    static int collatz(long n) {
        int steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static long modPow(long b, long e, long m) {
        long r = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) == 1) {
                r = r * b % m;
            }
            b = b * b % m;
            e >>= 1;
        }
        return r;
    }

    public static void main(String[] args) {
        System.out.println("gcd " + gcd(1071, 462) + " " + gcd(-48, 18) + " " + gcd(0, 7) + " " + gcdIter(1 << 20, 6 * 1024)
            + " lcm(21,6) " + (21 / gcd(21, 6) * 6));
        long[] ns = {2, 12, 97, 360, 1001, 65536, 999999, 600851475143L, 2147483647L, 4294967297L, 1234567890L};
        for (long n : ns) {
            System.out.println(n + " = " + factor(n));
        }
        int best = 0, bestN = 0;
        for (int n = 1; n < 30000; n++) {
            int c = collatz(n);
            if (c > best) {
                best = c;
                bestN = n;
            }
        }
        System.out.println("collatz 27 -> " + collatz(27) + ", longest below 30000: " + bestN + " with " + best);
        System.out.println("modPow " + modPow(2, 1000000, 1000000007) + " " + modPow(3, 200, 13) + " " + modPow(7, 0, 5));
        StringBuilder perfect = new StringBuilder();
        for (int n = 2; n < 10000; n++) {
            int s = 1;
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) {
                    s += d;
                    if (d * d != n) {
                        s += n / d;
                    }
                }
            }
            if (s == n) {
                perfect.append(n).append(' ');
            }
        }
        System.out.println("perfect numbers: " + perfect);
    }
}
