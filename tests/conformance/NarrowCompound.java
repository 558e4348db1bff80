/** Compound assignment on narrow types (implicit narrowing casts) and the numeric promotion rules of `?:`. */
public class NarrowCompound {
    static boolean yes() {
        return true;
    }

    public static void main(String[] args) {
        byte b = 100;
        b += 100;
        System.out.println("byte 100 += 100 -> " + b);
        b *= 3;
        System.out.println("byte *= 3 -> " + b);
        b >>= 1;
        System.out.println("byte >>= 1 -> " + b);
        b = -16;
        b >>>= 2;
        System.out.println("byte -16 >>>= 2 -> " + b);
        short s = 30000;
        s += 30000;
        System.out.println("short 30000 += 30000 -> " + s);
        s /= -7;
        System.out.println("short /= -7 -> " + s);
        char c = 'y';
        c += 3;
        System.out.println("char 'y' += 3 -> " + c + " (" + (int) c + ")");
        c -= 100;
        System.out.println("char -= 100 -> " + (int) c);
        c = 0;
        c--;
        System.out.println("char 0-- -> " + (int) c);
        int i = 10;
        i += 3.7;
        System.out.println("int += 3.7 -> " + i);
        i -= 0.5f;
        System.out.println("int -= 0.5f -> " + i);
        long l = 5;
        l *= 1e19;
        System.out.println("long *= 1e19 -> " + l);
        byte[] arr = {120, -120};
        arr[0] += 10;
        arr[1] -= 10;
        System.out.println("byte array compound: " + arr[0] + " " + arr[1]);
        int k = 5;
        k = k++ + ++k;
        System.out.println("k = k++ + ++k -> " + k);
        int[] idx = {0, 0, 0};
        int p = 0;
        idx[p++] += p;
        System.out.println("idx[p++] += p -> " + idx[0] + " " + idx[1] + " p=" + p);
        System.out.println("ternary int : char -> " + (yes() ? 'a' : 0) + " / " + (yes() ? 97 : 'b'));
        int ninetySeven = 97;
        System.out.println("ternary non-constant int : char -> " + (yes() ? ninetySeven : 'b'));
        System.out.println("ternary int : double -> " + (yes() ? 1 : 2.0));
        Integer boxed = null;
        System.out.println("ternary Integer : String -> " + (yes() ? "str" : boxed));
        Object o = yes() ? Integer.valueOf(1) : Double.valueOf(2);
        System.out.println("ternary Integer : Double boxes to " + o + " " + o.getClass().getSimpleName());
        long big = yes() ? 1 : 2L;
        System.out.println("ternary int : long -> " + big);
        short sh = 10;
        byte by = 20;
        System.out.println("short : byte -> " + (yes() ? sh : by) + ", byte + byte is int: " + (by + by));
        boolean flag = false;
        flag |= true;
        flag &= yes();
        flag ^= true;
        System.out.println("boolean compound -> " + flag);
        String str = "s";
        str += 1 + 2;
        str += 'c';
        str += null;
        System.out.println("string += -> " + str);
    }
}
