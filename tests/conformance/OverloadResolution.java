/** Overload resolution phases: exact, widening, boxing, varargs; most specific; null arguments; char vs int. */
public class OverloadResolution {
    static String f(int x) { return "f(int)"; }
    static String f(long x) { return "f(long)"; }
    static String f(double x) { return "f(double)"; }
    static String f(Integer x) { return "f(Integer)"; }
    static String f(Object x) { return "f(Object)"; }
    static String f(int... x) { return "f(int...)"; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(String s) { return "h(String)"; }

    static String k(Object... xs) { return "k(Object...) len " + (xs == null ? "null" : String.valueOf(xs.length)); }

    static String v(int a, int... rest) { return "v(int, int...) " + rest.length; }
    static String v(int a, int b) { return "v(int, int)"; }

    static String c(char x) { return "c(char)"; }
    static String c(int x) { return "c(int)"; }

    static String n(Number x) { return "n(Number)"; }
    static String n(Comparable<?> x) { return "n(Comparable)"; }
    static String n(Long x) { return "n(Long)"; }

    static String b(byte x) { return "b(byte)"; }
    static String b(short x) { return "b(short)"; }
    static String b(Object x) { return "b(Object)"; }

    public static void main(String[] args) {
        byte by = 1;
        short sh = 2;
        char ch = 'c';
        long lo = 4L;
        float fl = 5f;
        Integer boxed = 6;
        Long boxedLong = 7L;
        System.out.println(f(1) + " " + f(by) + " " + f(sh) + " " + f(ch) + " " + f(lo) + " " + f(fl) + " " + f(boxed)
            + " " + f("s") + " " + f() + " " + f(1, 2));
        System.out.println(g(1) + " " + g(boxed));
        System.out.println(h(null) + " " + h("s") + " " + h((Object) "s"));
        System.out.println(k() + " | " + k(1, "a") + " | " + k((Object[]) null) + " | " + k((Object) null) + " | "
            + k((Object[]) new String[] {"x", "y", "z"}) + " | " + k(new int[] {1, 2}));
        System.out.println(v(1, 2) + " " + v(1) + " " + v(1, 2, 3));
        System.out.println(c('x') + " " + c(120) + " " + c((char) 120) + " " + c('x' + 1));
        System.out.println(n(boxedLong) + " " + n((Number) 3.0f) + " " + n((Comparable<String>) "s"));
        System.out.println(b(by) + " " + b(sh) + " " + b((byte) (by + 1)) + " " + b(boxed));
        Object o = boxed;
        System.out.println("runtime type does not matter: " + f(o) + " " + h((Object) null));
    }
}
