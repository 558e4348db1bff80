/** Matrix kernels: int and double multiply, transpose, identity check, power by squaring (Fibonacci), determinant. */
public class AlgoMatrix {
    static long[][] mul(long[][] a, long[][] b, long mod) {
        int n = a.length, m = b[0].length, k = b.length;
        long[][] c = new long[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                long s = 0;
                for (int x = 0; x < k; x++) {
                    s = (s + a[i][x] * b[x][j]) % mod;
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    static long fibMod(long n, long mod) {
        long[][] result = {{1, 0}, {0, 1}};
        long[][] base = {{1, 1}, {1, 0}};
        while (n > 0) {
            if ((n & 1) == 1) {
                result = mul(result, base, mod);
            }
            base = mul(base, base, mod);
            n >>= 1;
        }
        return result[0][1];
    }

    static double det(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        double d = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (a[pivot][col] == 0) {
                return 0;
            }
            if (pivot != col) {
                double[] t = a[pivot];
                a[pivot] = a[col];
                a[col] = t;
                d = -d;
            }
            d *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        return d;
    }

    public static void main(String[] args) {
        int n = 6;
        int[][] a = new int[n][n];
        int[][] b = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = i * n + j - 10;
                b[i][j] = (i + 1) * (j - 2);
            }
        }
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                int aik = a[i][k];
                for (int j = 0; j < n; j++) {
                    c[i][j] += aik * b[k][j];
                }
            }
        }
        for (int[] row : c) {
            System.out.println(java.util.Arrays.toString(row));
        }
        int[][] t = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = c[i][j];
            }
        }
        System.out.println("transpose row 0: " + java.util.Arrays.toString(t[0]));
        double[][] h = new double[5][5];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                h[i][j] = 1.0 / (i + j + 1);
            }
        }
        System.out.println("hilbert(5) det " + det(h));
        System.out.println("det " + det(new double[][] {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}));
        for (long k : new long[] {10, 50, 90, 1000, 1000000000000L}) {
            System.out.println("fib(" + k + ") mod 1e9+7 = " + fibMod(k, 1000000007L));
        }
    }
}
