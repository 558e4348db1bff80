// System.arraycopy as compiled code makes it: small copies between two arrays of one primitive type inline,
// everything else through the runtime. Every primitive type at lengths around the word size and around the
// inline limit, offsets at both ends, overlapping copies within one array (both directions), reference
// arrays (with the element check that stops part-way), and every exception in HotSpot's order with
// HotSpot's message: nulls, non-arrays, mismatched types, negative positions and lengths, ends past the
// arrays (including int overflow of position + length). Each case runs in a loop often enough to be
// compiled (default mode); -Xcomp compiles everything first.
public class JitArraycopyIntrinsic {
    static long checksum(Object a) {
        long h = 1;
        if (a instanceof int[] x) for (int v : x) h = h * 31 + v;
        else if (a instanceof byte[] x) for (byte v : x) h = h * 31 + v;
        else if (a instanceof char[] x) for (char v : x) h = h * 31 + v;
        else if (a instanceof short[] x) for (short v : x) h = h * 31 + v;
        else if (a instanceof long[] x) for (long v : x) h = h * 31 + v;
        else if (a instanceof float[] x) for (float v : x) h = h * 31 + Float.floatToIntBits(v);
        else if (a instanceof double[] x) for (double v : x) h = h * 31 + Double.doubleToLongBits(v);
        else if (a instanceof boolean[] x) for (boolean v : x) h = h * 31 + (v ? 1 : 0);
        else if (a instanceof Object[] x) for (Object v : x) h = h * 31 + (v == null ? 0 : v.hashCode());
        return h;
    }

    // Fills every array with a pattern that depends on the index, so misplaced elements change the checksum.
    static Object make(char type, int n, int seed) {
        switch (type) {
            case 'I': { int[] a = new int[n]; for (int i = 0; i < n; i++) a[i] = i * 0x01010101 + seed; return a; }
            case 'B': { byte[] a = new byte[n]; for (int i = 0; i < n; i++) a[i] = (byte) (i * 7 + seed); return a; }
            case 'C': { char[] a = new char[n]; for (int i = 0; i < n; i++) a[i] = (char) (i * 1031 + seed); return a; }
            case 'S': { short[] a = new short[n]; for (int i = 0; i < n; i++) a[i] = (short) (i * 523 - seed); return a; }
            case 'J': { long[] a = new long[n]; for (int i = 0; i < n; i++) a[i] = i * 0x0101010101010101L + seed; return a; }
            case 'F': { float[] a = new float[n]; for (int i = 0; i < n; i++) a[i] = i * 1.5f + seed; return a; }
            case 'D': { double[] a = new double[n]; for (int i = 0; i < n; i++) a[i] = i * 2.25 - seed; return a; }
            case 'Z': { boolean[] a = new boolean[n]; for (int i = 0; i < n; i++) a[i] = ((i * 5 + seed) & 2) != 0; return a; }
            default: { Object[] a = new String[n]; for (int i = 0; i < n; i++) a[i] = "s" + (i + seed); return a; }
        }
    }

    static String copy(Object src, int srcPos, Object dst, int dstPos, int length) {
        try {
            System.arraycopy(src, srcPos, dst, dstPos, length);
            return "ok";
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    // One round: copies of each type at many lengths and offsets; returns a checksum over the results.
    static long round(char type) {
        long h = 0;
        int[] lengths = {0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 63, 64, 65, 127, 129, 300};
        for (int length : lengths) {
            Object src = make(type, length + 5, 3);
            Object dst = make(type, length + 9, 11);
            String r1 = copy(src, 0, dst, 0, length);
            String r2 = copy(src, 5, dst, 9, length);
            String r3 = copy(src, 2, dst, 4, length);
            h = h * 131 + checksum(dst) + r1.hashCode() + r2.hashCode() + r3.hashCode();
            // Within one array, both directions.
            Object both = make(type, length + 6, 5);
            copy(both, 0, both, 3, length);
            h = h * 131 + checksum(both);
            copy(both, 3, both, 0, length);
            h = h * 131 + checksum(both);
        }
        return h;
    }

    static String[] failures() {
        int[] ints = (int[]) make('I', 10, 1);
        long[] longs = (long[]) make('J', 10, 1);
        Object[] objects = {"a", Integer.valueOf(1), "b"};
        String[] strings = new String[3];
        CharSequence[] sequences = new CharSequence[3];
        return new String[] {
            copy(null, 0, ints, 0, 1),
            copy(ints, 0, null, 0, 1),
            copy(null, -1, null, -1, -1),
            copy("not an array", 0, ints, 0, 1),
            copy(ints, 0, "not an array", 0, 1),
            copy(ints, 0, longs, 0, 1),
            copy(ints, 0, objects, 0, 1),
            copy(objects, 0, ints, 0, 1),
            copy(ints, -1, ints, 0, 1),
            copy(ints, 0, ints, -1, 1),
            copy(ints, 0, ints, 0, -1),
            copy(ints, 5, ints, 0, 6),
            copy(ints, 0, ints, 5, 6),
            copy(ints, 10, ints, 0, 0),
            copy(ints, 11, ints, 0, 0),
            copy(ints, 0, ints, 11, 0),
            copy(ints, Integer.MAX_VALUE, ints, 0, 1),
            copy(ints, 0, ints, Integer.MAX_VALUE, 1),
            copy(ints, 1, longs, -1, -1),
            copy(ints, -1, ints, -1, -1),
            copy(objects, 0, strings, 0, 3),
            copy(objects, 0, sequences, 0, 3),
            copy(strings, 0, ints, 0, 1),
            copy(new int[0][], 0, new long[1][], 0, 1),
            String.valueOf(checksum(ints)),
            String.valueOf(checksum(strings)),
            String.valueOf(checksum(sequences)),
        };
    }

    public static void main(String[] args) {
        String types = "IBCSJFDZL";
        for (int t = 0; t < types.length(); t++) {
            char type = types.charAt(t);
            long first = round(type);
            boolean stable = true;
            for (int r = 0; r < 60; r++) {
                stable &= round(type) == first;
            }
            System.out.println(type + ": " + first + (stable ? "" : " UNSTABLE"));
        }
        String[] first = failures();
        for (int r = 0; r < 1600; r++) {
            String[] again = failures();
            if (!java.util.Arrays.equals(first, again)) {
                System.out.println("round " + r + " differs: " + java.util.Arrays.toString(again));
                break;
            }
        }
        for (String f : first) {
            System.out.println(f);
        }
    }
}
