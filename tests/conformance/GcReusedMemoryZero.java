// New arrays and objects read all zeros even when their memory held other data before: arrays of every size
// class (allocation buffer, a large share of eden, large objects in the old generation) are filled with
// non-zero data, dropped, collected (young and full collections), and allocated again, round after round.
// The collector zeroes only memory that may hold old data, so a mistake there shows up here as a non-zero
// element.
public class GcReusedMemoryZero {
    static final class Wide {
        long a, b, c, d;
        Object p, q;
        int e;
        double f;

        boolean zero() {
            return a == 0 && b == 0 && c == 0 && d == 0 && p == null && q == null && e == 0 && f == 0.0;
        }
    }

    static int bad = 0;

    /** Counts elements of a fresh array that are not zero (every one up to 200,000, then sampled). */
    static int nonZero(long[] a) {
        int step = a.length <= 200_000 ? 1 : 89;
        int n = 0;
        for (int i = 0; i < a.length; i += step) {
            if (a[i] != 0) {
                n++;
            }
        }
        return n + (a.length > 0 && a[a.length - 1] != 0 ? 1 : 0);
    }

    static int nonZero(byte[] a) {
        int step = a.length <= 200_000 ? 1 : 97;
        int n = 0;
        for (int i = 0; i < a.length; i += step) {
            if (a[i] != 0) {
                n++;
            }
        }
        return n + (a.length > 0 && a[a.length - 1] != 0 ? 1 : 0);
    }

    static int nonNull(Object[] a) {
        int n = 0;
        for (Object o : a) {
            if (o != null) {
                n++;
            }
        }
        return n;
    }

    /** Writes non-zero data over an array (densely when small, on a stride when large). */
    static void dirty(long[] a, long seed) {
        int step = a.length <= 200_000 ? 1 : 61;
        for (int i = 0; i < a.length; i += step) {
            a[i] = seed * 31 + i + 1;
        }
        if (a.length > 0) {
            a[a.length - 1] = -1;
        }
    }

    static void dirty(byte[] a) {
        int step = a.length <= 200_000 ? 1 : 53;
        for (int i = 0; i < a.length; i += step) {
            a[i] = (byte) (i | 1);
        }
        if (a.length > 0) {
            a[a.length - 1] = -1;
        }
    }

    static void check(String what, int nonZero) {
        if (nonZero != 0) {
            bad++;
            System.out.println("NOT ZERO: " + what + ": " + nonZero + " elements");
        }
    }

    public static void main(String[] args) {
        // Element counts: small (allocation buffer), 1 MiB, 5 MiB (a large share of a small eden), 40 MiB
        // (large: straight to the old generation).
        int[] longs = {16, 1_000, 131_072, 655_360, 655_360, 655_360, 5_242_880};
        int[] bytes = {7, 100_000, 1 << 20, 40 << 20};
        long[][] keptLongs = new long[4][];
        Object[] keptRefs = new Object[16];
        long checksum = 0;
        for (int round = 0; round < 6; round++) {
            for (int size : longs) {
                long[] a = new long[size];
                check("long[" + size + "] round " + round, nonZero(a));
                dirty(a, round);
                checksum += a[size / 2];
                if (size == 131_072) {
                    keptLongs[round % 4] = a;
                }
            }
            for (int size : bytes) {
                byte[] b = new byte[size];
                check("byte[" + size + "] round " + round, nonZero(b));
                dirty(b);
                checksum += b[size / 3];
            }
            for (int k = 0; k < 3; k++) {
                Object[] refs = new Object[50_000];
                check("Object[50000] round " + round, nonNull(refs));
                for (int i = 0; i < refs.length; i += 3) {
                    refs[i] = keptRefs[i % keptRefs.length] == null ? refs : keptRefs[i % keptRefs.length];
                }
                keptRefs[(round * 3 + k) % keptRefs.length] = refs;
            }
            // Many small objects over memory that held the arrays above.
            int wideBad = 0;
            for (int i = 0; i < 20_000; i++) {
                Wide w = new Wide();
                if (!w.zero()) {
                    wideBad++;
                }
                w.a = i;
                w.p = w;
                w.f = 1.5;
            }
            check("Wide objects round " + round, wideBad);
            if (round % 2 == 1) {
                System.gc();
            }
            System.out.println("round " + round + " checksum " + checksum);
        }
        long keptSum = 0;
        for (long[] a : keptLongs) {
            keptSum += a[17] + a[a.length - 1];
        }
        System.out.println("kept " + keptSum + ", bad " + bad);
    }
}
