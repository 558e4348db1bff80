/** Small algorithm kernels over int arrays: a sieve, sorts written by hand, matrix multiply, binary search. */
public class AlgorithmKernels {
    static int seed = 12345;

    static int nextRandom() {
        // A linear congruential generator written here, so the sequence is fixed without java.util.Random.
        seed = seed * 1103515245 + 12345;
        return (seed >>> 16) & 0x7fff;
    }

    static void insertionSort(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > key) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static void quickSort(int[] a, int lo, int hi) {
        if (lo >= hi) {
            return;
        }
        int pivot = a[(lo + hi) >>> 1];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < pivot) {
                i++;
            }
            while (a[j] > pivot) {
                j--;
            }
            if (i <= j) {
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        quickSort(a, lo, j);
        quickSort(a, i, hi);
    }

    static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else if (a[mid] > key) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    static long checksum(int[] a) {
        long h = 0;
        for (int v : a) {
            h = h * 31 + v;
        }
        return h;
    }

    public static void main(String[] args) {
        boolean[] composite = new boolean[10001];
        int primes = 0, last = 0;
        for (int i = 2; i <= 10000; i++) {
            if (!composite[i]) {
                primes++;
                last = i;
                for (int j = i * i; j <= 10000; j += i) {
                    composite[j] = true;
                }
            }
        }
        System.out.println("primes up to 10000: " + primes + ", largest " + last);
        int[] a = new int[2000];
        for (int i = 0; i < a.length; i++) {
            a[i] = nextRandom() - 16384;
        }
        int[] b = a.clone();
        insertionSort(a);
        quickSort(b, 0, b.length - 1);
        boolean same = true;
        for (int i = 0; i < a.length; i++) {
            same &= a[i] == b[i];
        }
        System.out.println("sorted: min " + a[0] + ", max " + a[a.length - 1] + ", median " + a[a.length / 2]
            + ", sorts agree " + same + ", checksum " + checksum(a));
        System.out.println("binary search: " + binarySearch(a, a[777]) + " " + binarySearch(a, 100000) + " "
            + binarySearch(a, -100000));
        int n = 40;
        double[][] m1 = new double[n][n], m2 = new double[n][n], product = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m1[i][j] = (i * 7 + j * 3) % 11 - 5;
                m2[i][j] = (i == j ? 2.0 : 0.0) + (i + j) * 0.5;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += m1[i][k] * m2[k][j];
                }
                product[i][j] = s;
            }
        }
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += product[i][i];
        }
        System.out.println("matrix: trace " + trace + ", corner " + product[0][n - 1] + ", center " + product[n / 2][n / 2]);
        long collatzMax = 0;
        int collatzArg = 0;
        for (int start = 1; start < 3000; start++) {
            long v = start;
            int steps = 0;
            while (v != 1) {
                v = (v & 1) == 0 ? v / 2 : 3 * v + 1;
                steps++;
            }
            if (steps > collatzMax) {
                collatzMax = steps;
                collatzArg = start;
            }
        }
        System.out.println("longest Collatz below 3000: " + collatzArg + " with " + collatzMax + " steps");
    }
}
