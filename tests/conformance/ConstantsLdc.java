/** Constant loading: iconst/bipush/sipush boundaries, ldc/ldc_w/ldc2_w of int, float, long, double, String, Class. */
public class ConstantsLdc {
    static class Marker {
    }

    public static void main(String[] args) {
        int[] small = {-1, 0, 1, 2, 3, 4, 5, 6, -2, 127, 128, -128, -129, 32767, 32768, -32768, -32769, 65536,
            Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int v : small) {
            System.out.print(v + " ");
        }
        System.out.println();
        long[] longs = {0L, 1L, 2L, -1L, 4294967296L, Long.MAX_VALUE, Long.MIN_VALUE, 0xCAFEBABEDEADBEEFL};
        for (long v : longs) {
            System.out.print(v + " ");
        }
        System.out.println();
        float[] floats = {0f, 1f, 2f, 3f, -0f, 0.5f, 1e-10f, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL,
            Float.NaN, Float.POSITIVE_INFINITY, 3.14159265f};
        for (float v : floats) {
            System.out.print(v + " ");
        }
        System.out.println();
        double[] doubles = {0d, 1d, 2d, -0d, 0.5, 1e-300, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.NaN, Double.NEGATIVE_INFINITY, Math.PI, Math.E};
        for (double v : doubles) {
            System.out.print(v + " ");
        }
        System.out.println();
        String s1 = "constant";
        String s2 = "const" + "ant";
        System.out.println("same interned literal: " + (s1 == s2) + ", unicode literal code points: " + (int) "\u00e9\u4e2d".charAt(0) + " "
            + (int) "\u00e9\u4e2d".charAt(1) + " " + "\u00e9".length());
        System.out.println("empty literal length " + "".length() + ", escapes: [\t] [\\] [\"] [\']");
        Class<?>[] classes = {Marker.class, int.class, int[].class, String[][].class, void.class, Integer.class,
            ConstantsLdc.class, long.class, double[].class, Runnable.class};
        for (Class<?> c : classes) {
            System.out.println("class " + c.getName() + " simple " + c.getSimpleName() + " primitive " + c.isPrimitive()
                + " array " + c.isArray() + " interface " + c.isInterface());
        }
        System.out.println("Marker.class == Marker.class: " + (Marker.class == new Marker().getClass()));
        System.out.println("constant folding: " + (1 + 2 * 3) + " " + (10L * 1000 * 1000 * 1000) + " " + (1.0f / 3)
            + " " + (2.0 / 3) + " " + ('a' + 1) + " " + (char) ('a' + 1));
        final int localConst = 40;
        final String combined = "n" + localConst;
        System.out.println("final locals fold: " + (combined == "n40"));
    }
}
