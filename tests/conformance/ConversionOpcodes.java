/** Every conversion opcode: i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s. */
public class ConversionOpcodes {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769, 16777217,
            Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i : ints) {
            System.out.println("i=" + i + " b=" + (byte) i + " c=" + (int) (char) i + " s=" + (short) i + " l=" + (long) i
                + " f=" + (float) i + " d=" + (double) i);
        }
        long[] longs = {0L, -1L, 4294967296L, 4294967295L, 2147483648L, -2147483649L, 9007199254740993L,
            Long.MAX_VALUE, Long.MIN_VALUE, 123456789012345L};
        for (long l : longs) {
            System.out.println("l=" + l + " i=" + (int) l + " f=" + (float) l + " d=" + (double) l + " b=" + (byte) l
                + " c=" + (int) (char) l);
        }
        double[] doubles = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e10, -1e10, 1e20, -1e20, 3.4e38, 3.5e38, 1e-46,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 0.1, 16777217.0};
        for (double d : doubles) {
            System.out.println("d=" + d + " i=" + (int) d + " l=" + (long) d + " f=" + (float) d + " s=" + (short) d
                + " b=" + (byte) d + " c=" + (int) (char) d);
        }
        float[] floats = {0.0f, -0.0f, 0.7f, -0.7f, 1e10f, -1e10f, 3e38f, Float.NaN, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY, Float.MIN_VALUE, 0.1f, 16777216f, 9.2233720e18f};
        for (float f : floats) {
            System.out.println("f=" + f + " i=" + (int) f + " l=" + (long) f + " d=" + (double) f);
        }
        char c = 'A';
        c += 1.7;
        System.out.println("char += 1.7 -> " + c);
        byte b = 10;
        b *= 30;
        System.out.println("byte *= 30 -> " + b);
        short s = 1000;
        s *= 1000;
        System.out.println("short *= 1000 -> " + s);
        int i = 7;
        i /= 2.0;
        System.out.println("int /= 2.0 -> " + i);
        long l = Long.MAX_VALUE;
        l += 0.0;
        System.out.println("long += 0.0 -> " + l);
    }
}
