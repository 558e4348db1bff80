/** Deep recursion: Ackermann(2,3) and (3,5), fib(25), mutual recursion, recursion depth 5000 with long/double frames. */
public class DeepRecursion {
    static int calls;

    static int ackermann(int m, int n) {
        calls++;
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static double deep(int n, long acc, double x) {
        if (n == 0) {
            return acc + x;
        }
        return deep(n - 1, acc + n, x * 1.0001);
    }

    static long tak(long x, long y, long z) {
        return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
    }

    static String hanoi(int n, char from, char to, char via, int[] moves) {
        if (n == 0) {
            return "";
        }
        hanoi(n - 1, from, via, to, moves);
        moves[0]++;
        hanoi(n - 1, via, to, from, moves);
        return n + ":" + from + to;
    }

    public static void main(String[] args) {
        System.out.println("ackermann(2,3) = " + ackermann(2, 3) + " calls " + calls);
        calls = 0;
        System.out.println("ackermann(3,5) = " + ackermann(3, 5) + " calls " + calls);
        System.out.println("fib(25) = " + fib(25));
        System.out.println("isEven(3001) = " + isEven(3001) + ", isOdd(3001) = " + isOdd(3001));
        System.out.println("deep(5000) = " + deep(5000, 0, 1.0));
        System.out.println("tak(18,12,6) = " + tak(18, 12, 6));
        int[] moves = {0};
        System.out.println("hanoi(16) last " + hanoi(16, 'A', 'C', 'B', moves) + " moves " + moves[0]);
    }
}
