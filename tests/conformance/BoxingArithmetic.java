/** Boxed arithmetic: compound assignment on boxes, increments creating new objects, mixed-type promotion, ternary unboxing. */
public class BoxingArithmetic {
    static Integer total = 0;

    static long sumAll(Number... ns) {
        long s = 0;
        for (Number n : ns) {
            s += n.longValue();
        }
        return s;
    }

    public static void main(String[] args) {
        Integer a = 127;
        Integer before = a;
        a++;
        System.out.println("a++ -> " + a + ", old object unchanged " + before + ", same " + (a == before));
        Integer b = 10;
        b += 5;
        b *= 3;
        b -= 1;
        b /= 4;
        b %= 7;
        System.out.println("compound on Integer -> " + b);
        Long l = 1L;
        for (int i = 0; i < 40; i++) {
            l <<= 1;
        }
        System.out.println("Long shifted -> " + l);
        Double d = 0.5;
        d *= d;
        System.out.println("Double squared -> " + d);
        Character c = 'a';
        c++;
        System.out.println("Character++ -> " + c);
        for (int i = 0; i < 10; i++) {
            total += i;
        }
        System.out.println("static Integer total " + total);
        Integer x = 3;
        Long y = 4L;
        Double z = 0.5;
        System.out.println("mixed: " + (x + y) + " " + (x * z) + " " + (y / x) + " " + (x / 2) + " " + (z + 'a'));
        Object o1 = true ? 1 : 2.0;
        Object o2 = true ? (Object) 1 : 2.0;
        Object o3 = false ? 'a' : 98;
        Object o4 = true ? Integer.valueOf(1) : Long.valueOf(2);
        System.out.println("ternary types: " + o1 + " " + o1.getClass().getSimpleName() + ", " + o2 + " "
            + o2.getClass().getSimpleName() + ", " + o3 + " " + o3.getClass().getSimpleName() + ", " + o4 + " "
            + o4.getClass().getSimpleName());
        System.out.println("Number varargs sum " + sumAll(1, 2L, 3.9, 4.9f, (short) 5, (byte) 6));
        Integer[] arr = {3, 1, 2};
        int s = 0;
        for (int v : arr) {
            s += v;
        }
        System.out.println("unboxing for-each " + s);
        Integer m1 = Integer.MAX_VALUE;
        m1++;
        System.out.println("boxed overflow " + m1);
        System.out.println("Integer methods: " + Integer.max(3, 9) + " " + Integer.sum(4, 5) + " " + Integer.signum(-9)
            + " " + Integer.compare(3, 3) + " " + Long.signum(0L) + " " + Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0));
        System.out.println("intValue etc: " + Double.valueOf(3.99).intValue() + " " + Double.valueOf(-3.99).longValue() + " "
            + Integer.valueOf(300).byteValue() + " " + Long.valueOf(70000).shortValue() + " " + Integer.valueOf(7).doubleValue()
            + " " + Float.valueOf(1e10f).intValue());
    }
}
