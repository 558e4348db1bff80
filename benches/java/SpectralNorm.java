/**
 * Spectral norm: the largest singular value of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2 + i + 1),
 * approximated on an n-by-n corner by ten rounds of the power method on A^T A.
 * Measures tight double loops, integer-to-double conversion, array indexing.
 * Prints the norm as a fixed-point integer (1e-9 units).
 */
public final class SpectralNorm {
    static double a(int i, int j) {
        int s = i + j;
        return 1.0 / ((s * (s + 1) >>> 1) + i + 1);
    }

    static void times(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    static void timesTransposed(double[] v, double[] out) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    static void ata(double[] v, double[] out, double[] tmp) {
        times(v, tmp);
        timesTransposed(tmp, out);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 700;
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = 1;
        }
        for (int round = 0; round < 10; round++) {
            ata(u, v, tmp);
            ata(v, u, tmp);
        }
        double vbv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vbv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        long norm = Math.round(Math.sqrt(vbv / vv) * 1e9);
        System.out.println(new StringBuilder().append("spectralnorm ").append(n).append(" norm ")
                .append(norm));
    }
}
