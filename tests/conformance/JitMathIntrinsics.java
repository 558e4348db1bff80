// The Math (and StrictMath) methods the JIT translates inline must give exactly what the library does on
// every edge case: sqrt of negatives, -0.0, infinities and NaN; abs of MIN_VALUE and -0.0; min and max of
// NaN (either side), -0.0 against 0.0 (both orders), infinities and the extreme integers; String.length.
// Each check runs in a loop often enough to be compiled (default mode), and -Xcomp compiles it at once; the
// results of every round must agree, and the last round's are printed (NaN bits canonicalized, since Java
// leaves which NaN a NaN result is unspecified).
public class JitMathIntrinsics {
    static final double[] DOUBLES = {
        0.0, -0.0, 1.0, -1.0, 2.5, -2.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 4.0, 1e-300,
        Double.longBitsToDouble(0x7ff8000000000123L), Double.longBitsToDouble(0xfff0000000000001L),
    };
    static final float[] FLOATS = {
        0.0f, -0.0f, 1.0f, -1.0f, 2.5f, -2.5f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 9.0f,
        Float.intBitsToFloat(0x7fc00123), Float.intBitsToFloat(0xff800001),
    };
    static final int[] INTS = {0, 1, -1, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1, 1000};
    static final long[] LONGS = {0L, 1L, -1L, 7L, -7L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1,
        Integer.MIN_VALUE, 1L << 40};
    static final String[] STRINGS = {"", "a", "hello", "h\u00e9llo w\u00f6rld", "\ud83d\ude00"};

    static long bits(double d) {
        return Double.doubleToLongBits(d);
    }

    static long bits(float f) {
        return Float.floatToIntBits(f);
    }

    // One round over every case; each result goes into `out` in order.
    static void doubles(long[] out) {
        int k = 0;
        for (int i = 0; i < DOUBLES.length; i++) {
            double a = DOUBLES[i];
            out[k++] = bits(Math.sqrt(a));
            out[k++] = bits(StrictMath.sqrt(a));
            out[k++] = bits(Math.abs(a));
            out[k++] = bits(StrictMath.abs(a));
            for (int j = 0; j < DOUBLES.length; j++) {
                double b = DOUBLES[j];
                out[k++] = bits(Math.min(a, b));
                out[k++] = bits(Math.max(a, b));
                out[k++] = bits(StrictMath.min(a, b));
                out[k++] = bits(StrictMath.max(a, b));
            }
        }
    }

    static void floats(long[] out) {
        int k = 0;
        for (int i = 0; i < FLOATS.length; i++) {
            float a = FLOATS[i];
            out[k++] = bits(Math.abs(a));
            for (int j = 0; j < FLOATS.length; j++) {
                float b = FLOATS[j];
                out[k++] = bits(Math.min(a, b));
                out[k++] = bits(Math.max(a, b));
            }
        }
    }

    static void integers(long[] out) {
        int k = 0;
        for (int i = 0; i < INTS.length; i++) {
            int a = INTS[i];
            out[k++] = Math.abs(a);
            for (int j = 0; j < INTS.length; j++) {
                out[k++] = Math.min(a, INTS[j]);
                out[k++] = Math.max(a, INTS[j]);
            }
        }
        for (int i = 0; i < LONGS.length; i++) {
            long a = LONGS[i];
            out[k++] = Math.abs(a);
            for (int j = 0; j < LONGS.length; j++) {
                out[k++] = Math.min(a, LONGS[j]);
                out[k++] = Math.max(a, LONGS[j]);
            }
        }
    }

    static void strings(long[] out) {
        int k = 0;
        for (int i = 0; i < STRINGS.length; i++) {
            out[k++] = STRINGS[i].length();
            out[k++] = (STRINGS[i] + STRINGS[i]).length();
        }
    }

    static int lengthOf(String s) {
        return s.length();
    }

    interface Round {
        void run(long[] out);
    }

    static void check(String name, Round round, int size) {
        long[] first = new long[size];
        round.run(first);
        long[] out = new long[size];
        boolean stable = true;
        for (int r = 0; r < 2000; r++) {
            round.run(out);
            stable &= java.util.Arrays.equals(first, out);
        }
        long hash = 17;
        for (long v : out) {
            hash = hash * 31 + v;
        }
        System.out.println(name + ": stable " + stable + ", hash " + hash);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < out.length; i++) {
            sb.append(Long.toHexString(out[i])).append(i % 16 == 15 ? "\n" : " ");
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        int nd = DOUBLES.length, nf = FLOATS.length, ni = INTS.length, nl = LONGS.length;
        check("doubles", JitMathIntrinsics::doubles, nd * (4 + 4 * nd));
        check("floats", JitMathIntrinsics::floats, nf * (1 + 2 * nf));
        check("integers", JitMathIntrinsics::integers, ni * (1 + 2 * ni) + nl * (1 + 2 * nl));
        check("strings", JitMathIntrinsics::strings, 2 * STRINGS.length);
        // String.length on null throws the helpful NullPointerException from the call.
        int total = 0;
        for (int r = 0; r < 3000; r++) {
            total += lengthOf(STRINGS[r % STRINGS.length]);
        }
        System.out.println("total " + total);
        try {
            lengthOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
    }
}
