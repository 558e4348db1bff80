/** Arbitrary-precision arithmetic in int/long digit arrays: 100!, 2^500, Fibonacci(300), digit sums. */
public class AlgoBigFactorial {
    static int[] multiply(int[] digits, int len, int factor, int[] outLen) {
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long v = (long) digits[i] * factor + carry;
            digits[i] = (int) (v % 10);
            carry = v / 10;
        }
        while (carry > 0) {
            digits[len++] = (int) (carry % 10);
            carry /= 10;
        }
        outLen[0] = len;
        return digits;
    }

    static String toString(int[] d, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = len - 1; i >= 0; i--) {
            sb.append((char) ('0' + d[i]));
        }
        return sb.toString();
    }

    static long[] add(long[] a, long[] b) {
        long base = 1_000_000_000L;
        int n = Math.max(a.length, b.length);
        long[] r = new long[n + 1];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long s = (i < a.length ? a[i] : 0) + (i < b.length ? b[i] : 0) + carry;
            r[i] = s % base;
            carry = s / base;
        }
        r[n] = carry;
        int len = r.length;
        while (len > 1 && r[len - 1] == 0) {
            len--;
        }
        return java.util.Arrays.copyOf(r, len);
    }

    static String limbs(long[] a) {
        StringBuilder sb = new StringBuilder(Long.toString(a[a.length - 1]));
        for (int i = a.length - 2; i >= 0; i--) {
            sb.append(String.format("%09d", a[i]));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] d = new int[200];
        d[0] = 1;
        int[] len = {1};
        for (int k = 2; k <= 100; k++) {
            multiply(d, len[0], k, len);
            if (k == 25 || k == 50) {
                System.out.println(k + "! = " + toString(d, len[0]));
            }
        }
        String f100 = toString(d, len[0]);
        int sum = 0;
        for (char c : f100.toCharArray()) {
            sum += c - '0';
        }
        System.out.println("100! = " + f100);
        System.out.println("digits " + f100.length() + " digit sum " + sum);
        int[] p = new int[200];
        p[0] = 1;
        int[] plen = {1};
        for (int k = 0; k < 500; k++) {
            multiply(p, plen[0], 2, plen);
        }
        System.out.println("2^500 = " + toString(p, plen[0]));
        long[] a = {0};
        long[] b = {1};
        for (int i = 0; i < 300; i++) {
            long[] c = add(a, b);
            a = b;
            b = c;
        }
        System.out.println("fib(300) = " + limbs(a));
    }
}
