/** Sieve of Eratosthenes over boolean[] and a bit-packed int[] variant; prime counts and checksums. */
public class AlgoSieve {
    static boolean[] sieve(int n) {
        boolean[] composite = new boolean[n + 1];
        composite[0] = composite[1] = true;
        for (int i = 2; (long) i * i <= n; i++) {
            if (!composite[i]) {
                for (int j = i * i; j <= n; j += i) {
                    composite[j] = true;
                }
            }
        }
        return composite;
    }

    static int bitSieveCount(int n) {
        int[] bits = new int[(n >> 5) + 1];
        int count = 0;
        for (int i = 2; i <= n; i++) {
            if ((bits[i >> 5] & (1 << (i & 31))) == 0) {
                count++;
                for (long j = (long) i * i; j <= n; j += i) {
                    bits[(int) (j >> 5)] |= 1 << (int) (j & 31);
                }
            }
        }
        return count;
    }

    public static void main(String[] args) {
        boolean[] c = sieve(200000);
        int count = 0;
        long sum = 0;
        int last = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < c.length; i++) {
            if (!c[i]) {
                count++;
                sum += i;
                last = i;
                if (count <= 25) {
                    first.append(i).append(' ');
                }
            }
        }
        System.out.println("first 25: " + first);
        System.out.println("count " + count + " sum " + sum + " largest " + last);
        int[] limits = {10, 100, 1000, 10000, 100000};
        for (int lim : limits) {
            System.out.println("pi(" + lim + ") = " + bitSieveCount(lim));
        }
        int twins = 0;
        for (int i = 3; i + 2 < c.length; i += 2) {
            if (!c[i] && !c[i + 2]) {
                twins++;
            }
        }
        System.out.println("twin prime pairs below 200000: " + twins);
    }
}
