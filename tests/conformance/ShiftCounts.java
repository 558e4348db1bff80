/** Shift counts are masked: & 31 for int, & 63 for long, including negative and huge counts. */
public class ShiftCounts {
    public static void main(String[] args) {
        int[] counts = {0, 1, 31, 32, 33, 63, 64, 65, -1, -31, -32, -33, 100, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int x = 0x80000F01;
        long y = 0x8000_0000_0000_0F01L;
        for (int c : counts) {
            System.out.println("c=" + c + " int: " + (x << c) + " " + (x >> c) + " " + (x >>> c)
                + " long: " + (y << c) + " " + (y >> c) + " " + (y >>> c));
        }
        long lc = 65L;
        System.out.println("int shifted by long count: " + (x << lc) + " " + (1 << 33L));
        byte b = -128;
        System.out.println("byte >>> 4 (promoted) = " + (b >>> 4) + ", (byte)(b >>> 4) = " + (byte) (b >>> 4));
        b >>>= 4;
        System.out.println("b >>>= 4 -> " + b);
        short s = -1;
        s >>>= 10;
        System.out.println("s >>>= 10 -> " + s);
        char ch = '\uffff';
        ch >>= 4;
        System.out.println("char >>= 4 -> " + (int) ch);
        System.out.println("-1 >>> 28 = " + (-1 >>> 28) + ", -1L >>> 60 = " + (-1L >>> 60));
        System.out.println("1L << 63 = " + (1L << 63) + ", 1 << 31 = " + (1 << 31));
        int acc = 1;
        for (int i = 0; i < 70; i += 7) {
            acc ^= acc << (i % 13) ^ acc >>> (i % 11);
            System.out.println("mix " + i + " " + acc);
        }
    }
}
