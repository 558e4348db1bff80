/** An uncaught ArrayIndexOutOfBoundsException thrown several frames deep; partial output stays on stdout. */
public class UncaughtArrayIndex {
    static int sum(int[] a, int n) {
        int s = 0;
        for (int i = 0; i <= n; i++) {
            s += a[i];
        }
        return s;
    }

    public static void main(String[] args) {
        int[] data = {1, 2, 3, 4};
        System.out.println("sum 3 = " + sum(data, 2));
        System.out.println("sum 4 = " + sum(data, 3));
        System.out.println("sum 5 = " + sum(data, 4));
    }
}
