// Array allocation in compiled code (an inline bump of the thread's allocation buffer when the array fits):
// every element type, zero-length arrays, arrays larger than an allocation buffer, negative lengths with
// HotSpot's message, and the contents always zeroed even when the memory was used before a collection.
public class JitArrayAlloc {
    static long fill(int n) {
        long s = 0;
        byte[] b = new byte[n];
        short[] sh = new short[n];
        char[] c = new char[n];
        int[] i = new int[n];
        long[] l = new long[n];
        float[] f = new float[n];
        double[] d = new double[n];
        boolean[] z = new boolean[n];
        String[] str = new String[n];
        int[][] nested = new int[n][];
        for (int k = 0; k < n; k++) {
            s += b[k] + sh[k] + c[k] + i[k] + l[k] + (long) f[k] + (long) d[k] + (z[k] ? 1 : 0);
            s += str[k] == null ? 0 : 1;
            s += nested[k] == null ? 0 : 1;
            b[k] = (byte) k;
            i[k] = k;
            l[k] = k;
            str[k] = "x";
        }
        return s + b.length + sh.length + c.length + i.length + l.length + f.length + d.length + z.length + str.length + nested.length;
    }

    static int[] make(int n) {
        return new int[n];
    }

    static Object[] makeObjects(int n) {
        return new Object[n];
    }

    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 3000; round++) {
            total += fill(round % 40);
        }
        System.out.println("total " + total);
        int[] big = make(1 << 20);
        big[big.length - 1] = 7;
        System.out.println("big " + big.length + " " + big[0] + " " + big[big.length - 1]);
        System.out.println("empty " + make(0).length + " " + makeObjects(0).length);
        for (int n : new int[] {-1, -100, Integer.MIN_VALUE}) {
            try {
                make(n);
            } catch (NegativeArraySizeException e) {
                System.out.println(e + " at " + e.getStackTrace()[0].getMethodName());
            }
            try {
                makeObjects(n);
            } catch (NegativeArraySizeException e) {
                System.out.println(e + " at " + e.getStackTrace()[0].getMethodName());
            }
        }
        long sum = 0;
        for (int round = 0; round < 200; round++) {
            int[] a = make(5000);
            for (int k = 0; k < a.length; k++) {
                sum += a[k];
                a[k] = k + round;
            }
        }
        System.out.println("sum " + sum);
    }
}
