/** iinc and wide iinc: increments by small, byte-range boundary and large constants, on many locals. */
public class IincLarge {
    public static void main(String[] args) {
        int a = 0;
        a += 127;
        System.out.println("+127 -> " + a);
        a += 128;
        System.out.println("+128 -> " + a);
        a -= 128;
        System.out.println("-128 -> " + a);
        a -= 129;
        System.out.println("-129 -> " + a);
        a += 32767;
        System.out.println("+32767 -> " + a);
        a -= 32768;
        System.out.println("-32768 -> " + a);
        a += 32768;
        System.out.println("+32768 (not iinc) -> " + a);
        a += 100000;
        System.out.println("+100000 -> " + a);
        int b = Integer.MAX_VALUE - 5;
        for (int i = 0; i < 3; i++) {
            b += 3000;
            System.out.println("wrap step " + i + ": " + b);
        }
        int c = 0;
        for (int i = 0; i < 100000; i += 1000) {
            c += 7;
        }
        System.out.println("loop count*7 = " + c);
        int d = 10;
        for (int i = 1000; i > -1000; i -= 250) {
            d--;
            d += i > 0 ? 2 : 1;
        }
        System.out.println("d = " + d);
        int x = 5;
        int y = x++ + ++x;
        System.out.println("x++ + ++x: x=" + x + " y=" + y);
        int z = 5;
        z = z++;
        System.out.println("z = z++ -> " + z);
        int w = 1;
        w += w++ * --w;
        System.out.println("w += w++ * --w -> " + w);
        short s = 32767;
        s++;
        System.out.println("short 32767++ -> " + s);
        byte bb = -128;
        bb--;
        System.out.println("byte -128-- -> " + bb);
        char ch = 0;
        ch--;
        System.out.println("char 0-- -> " + (int) ch);
        long l = Long.MAX_VALUE;
        l++;
        System.out.println("long MAX++ -> " + l);
        double dd = 0.1;
        dd++;
        System.out.println("double 0.1++ -> " + dd);
        float ff = 16777216f;
        ff++;
        System.out.println("float 2^24++ -> " + ff);
    }
}
