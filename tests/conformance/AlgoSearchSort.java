/** Binary search (hand-written and Arrays.binarySearch), quicksort, insertion sort, merge sort on int[] and checks. */
public class AlgoSearchSort {
    static int seed = 12345;

    static int next() {
        seed = seed * 1103515245 + 12345;
        return (seed >>> 16) & 0x7fff;
    }

    static int search(int[] a, int key) {
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

    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) {
            return;
        }
        int p = a[(lo + hi) >>> 1];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) {
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        quicksort(a, lo, j);
        quicksort(a, i, hi);
    }

    static void insertion(int[] a) {
        for (int i = 1; i < a.length; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    static void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static long checksum(int[] a) {
        long h = 0;
        for (int v : a) {
            h = h * 31 + v;
        }
        return h;
    }

    public static void main(String[] args) {
        int[] data = new int[2000];
        for (int i = 0; i < data.length; i++) {
            data[i] = next() - 16000;
        }
        int[] q = data.clone();
        quicksort(q, 0, q.length - 1);
        int[] ins = data.clone();
        insertion(ins);
        int[] m = data.clone();
        mergeSort(m, new int[m.length], 0, m.length);
        int[] lib = data.clone();
        java.util.Arrays.sort(lib);
        System.out.println("checksums " + checksum(q) + " " + checksum(ins) + " " + checksum(m) + " " + checksum(lib));
        System.out.println("equal " + java.util.Arrays.equals(q, lib) + java.util.Arrays.equals(ins, lib) + java.util.Arrays.equals(m, lib));
        System.out.println("min " + lib[0] + " max " + lib[lib.length - 1] + " median " + lib[lib.length / 2]);
        int[] keys = {lib[0], lib[1000], lib[1999], -20000, 20000, 0, 1, lib[500] + 1};
        for (int k : keys) {
            int mine = search(lib, k);
            int theirs = java.util.Arrays.binarySearch(lib, k);
            System.out.println("search " + k + ": found " + (mine >= 0) + " same-result " + ((mine >= 0) == (theirs >= 0))
                + (mine < 0 ? " insertion " + (-mine - 1) + " lib " + (-theirs - 1) : " value ok " + (lib[mine] == k)));
        }
        long[] longs = {5L, -3L, Long.MAX_VALUE, Long.MIN_VALUE, 0L};
        java.util.Arrays.sort(longs);
        double[] doubles = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1e300};
        java.util.Arrays.sort(doubles);
        char[] chars = "sorting".toCharArray();
        java.util.Arrays.sort(chars);
        System.out.println(java.util.Arrays.toString(longs) + " " + java.util.Arrays.toString(doubles) + " " + new String(chars));
        int[] partial = {9, 8, 7, 6, 5, 4, 3};
        java.util.Arrays.sort(partial, 2, 5);
        System.out.println("partial sort " + java.util.Arrays.toString(partial));
    }
}
