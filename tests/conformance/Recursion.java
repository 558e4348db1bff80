/** Recursion: Fibonacci, Ackermann, mutual recursion, Towers of Hanoi, gcd, permutations. */
public class Recursion {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static long fibMemo(int n, long[] memo) {
        if (n < 2) {
            return n;
        }
        if (memo[n] == 0) {
            memo[n] = fibMemo(n - 1, memo) + fibMemo(n - 2, memo);
        }
        return memo[n];
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static int hanoi(int disks, char from, char to, char via, StringBuilder moves) {
        if (disks == 0) {
            return 0;
        }
        int count = hanoi(disks - 1, from, via, to, moves);
        if (moves.length() < 40) {
            moves.append(from).append(to).append(' ');
        }
        return count + 1 + hanoi(disks - 1, via, to, from, moves);
    }

    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static void permutations(String prefix, String rest, StringBuilder out) {
        if (rest.isEmpty()) {
            out.append(prefix).append(' ');
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 25; i += 5) {
            System.out.println("fib(" + i + ") = " + fib(i));
        }
        System.out.println("fib(90) = " + fibMemo(90, new long[91]));
        for (int m = 0; m <= 3; m++) {
            StringBuilder row = new StringBuilder("ackermann(" + m + ", 0..4):");
            for (int n = 0; n <= 4; n++) {
                row.append(' ').append(ackermann(m, n));
            }
            System.out.println(row);
        }
        System.out.println("isEven(1000) = " + isEven(1000) + ", isOdd(777) = " + isOdd(777));
        StringBuilder moves = new StringBuilder();
        System.out.println("hanoi(16) moves = " + hanoi(16, 'A', 'C', 'B', moves) + ", first: " + moves);
        System.out.println("gcd = " + gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20) + " " + gcd(17, 5));
        StringBuilder perms = new StringBuilder();
        permutations("", "abcd", perms);
        System.out.println("permutations: " + perms.toString().trim());
    }
}
