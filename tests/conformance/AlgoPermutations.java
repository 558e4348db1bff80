/** Permutations: recursive swap generation, next-permutation in lexicographic order, and Heap's algorithm counts. */
public class AlgoPermutations {
    static StringBuilder out = new StringBuilder();
    static int count;

    static void permute(char[] a, int k) {
        if (k == a.length) {
            count++;
            if (count <= 30) {
                out.append(a).append(' ');
            }
            return;
        }
        for (int i = k; i < a.length; i++) {
            char t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1);
            t = a[k];
            a[k] = a[i];
            a[i] = t;
        }
    }

    static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
        for (int l = i + 1, r = a.length - 1; l < r; l++, r--) {
            t = a[l];
            a[l] = a[r];
            a[r] = t;
        }
        return true;
    }

    static long heapChecksum(int[] a, int k) {
        if (k == 1) {
            long h = 0;
            for (int v : a) {
                h = h * 10 + v;
            }
            return h % 1000003;
        }
        long sum = heapChecksum(a, k - 1);
        for (int i = 0; i < k - 1; i++) {
            int j = k % 2 == 0 ? i : 0;
            int t = a[j];
            a[j] = a[k - 1];
            a[k - 1] = t;
            sum += heapChecksum(a, k - 1);
        }
        return sum;
    }

    public static void main(String[] args) {
        permute("abcd".toCharArray(), 0);
        System.out.println("swap order: " + out);
        System.out.println("count " + count);
        int[] a = {1, 2, 2, 3};
        StringBuilder sb = new StringBuilder();
        int n = 0;
        do {
            n++;
            for (int v : a) {
                sb.append(v);
            }
            sb.append(' ');
        } while (nextPermutation(a));
        System.out.println("lexicographic with duplicates (" + n + "): " + sb);
        int[] h = {1, 2, 3, 4, 5, 6, 7, 8};
        System.out.println("heap checksum over 8! = " + heapChecksum(h, h.length) + " final " + java.util.Arrays.toString(h));
    }
}
