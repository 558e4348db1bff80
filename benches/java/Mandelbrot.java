/**
 * Mandelbrot: an n-by-n bitmap of the set over [-1.5, 0.5] x [-1, 1], at most 50 iterations of
 * z = z^2 + c per pixel, escape when |z|^2 > 4. Rows are packed eight pixels a byte as a PBM would be,
 * but instead of the bitmap the program prints how many pixels are in the set and a hash of the bytes.
 * Measures double arithmetic in a tight inner loop, bit packing, byte arrays.
 */
public final class Mandelbrot {
    static final int MAX_ITER = 50;

    static boolean inSet(double cr, double ci) {
        double zr = 0, zi = 0, zr2 = 0, zi2 = 0;
        for (int k = 0; k < MAX_ITER; k++) {
            zi = 2 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
            zr2 = zr * zr;
            zi2 = zi * zi;
            if (zr2 + zi2 > 4.0) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1200;
        int rowBytes = (n + 7) / 8;
        byte[] row = new byte[rowBytes];
        double inv = 2.0 / n;
        int inside = 0;
        int hash = 17;
        for (int y = 0; y < n; y++) {
            double ci = y * inv - 1.0;
            for (int xb = 0; xb < rowBytes; xb++) {
                int bits = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = xb * 8 + bit;
                    bits <<= 1;
                    if (x < n && inSet(x * inv - 1.5, ci)) {
                        bits |= 1;
                        inside++;
                    }
                }
                row[xb] = (byte) bits;
            }
            for (int i = 0; i < rowBytes; i++) {
                hash = hash * 31 + row[i];
            }
        }
        System.out.println(new StringBuilder().append("mandelbrot ").append(n).append(" inside ")
                .append(inside).append(" hash ").append(hash));
    }
}
