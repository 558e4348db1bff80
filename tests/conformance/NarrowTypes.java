/** char, byte and short: narrowing and widening conversions, char arithmetic, sign extension. */
public class NarrowTypes {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        int[] values = {0, 1, 127, 128, 200, 255, 256, 32767, 32768, 65535, 65536, 70000, -1, -129, -32769};
        for (int v : values) {
            byte b = (byte) id(v);
            short s = (short) id(v);
            char c = (char) id(v);
            System.out.println(v + " -> byte " + b + ", short " + s + ", char " + (int) c
                + ", byte&0xff " + (b & 0xff) + ", char->short " + (short) c + ", byte->char " + (int) (char) b);
        }
        char c = 'A';
        c += 2;
        System.out.println("'A' + 2 as char = " + c + ", as int = " + (c + 0));
        c++;
        System.out.println("after ++ = " + c);
        char z = (char) id('z');
        System.out.println("'z' - 'a' = " + (z - 'a') + ", (char) ('a' + 25) = " + (char) ('a' + 25));
        char max = Character.MAX_VALUE;
        max++;
        System.out.println("char MAX + 1 wraps to " + (int) max);
        byte b = Byte.MAX_VALUE;
        b++;
        System.out.println("byte MAX + 1 = " + b);
        short s = Short.MIN_VALUE;
        s--;
        System.out.println("short MIN - 1 = " + s);
        byte neg = (byte) id(-16);
        System.out.println("byte -16 >> 2 = " + (neg >> 2) + ", >>> 2 = " + (neg >>> 2)
            + ", (byte) (>>> 2) = " + (byte) (neg >>> 2));
        char[] letters = {'h', 'e', 'l', 'l', 'o'};
        int sum = 0;
        for (char l : letters) {
            sum += l;
        }
        System.out.println("sum of chars = " + sum + ", string = " + new String(letters));
        System.out.println("char + char = " + ('a' + 'b') + ", \"\" + char + char = " + "" + 'a' + 'b');
        System.out.println("(char) 65 = " + (char) 65 + ", (int) '0' = " + (int) '0');
        long big = 0x1234_5678_9ABC_DEF0L;
        System.out.println("long -> int " + (int) big + ", short " + (short) big + ", byte " + (byte) big
            + ", char " + (int) (char) big);
        byte[] bytes = new byte[4];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 100);
        }
        System.out.println("bytes: " + bytes[0] + " " + bytes[1] + " " + bytes[2] + " " + bytes[3]);
        short[] shorts = {Short.MAX_VALUE, Short.MIN_VALUE};
        shorts[0] += 1;
        shorts[1] -= 1;
        System.out.println("shorts: " + shorts[0] + " " + shorts[1]);
        System.out.println("Byte.toUnsignedInt(-1) = " + Byte.toUnsignedInt((byte) -1)
            + ", Short.toUnsignedInt(-1) = " + Short.toUnsignedInt((short) -1));
    }
}
