import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

/** Method.invoke: static and virtual dispatch, boxing of arguments and results, wrapped exceptions. */
public class ReflectMethodInvoke {
    static class Base {
        public String who() { return "base"; }
        public int add(int a, int b) { return a + b; }
        public static long twice(long x) { return 2 * x; }
        public double half(double d) { return d / 2; }
        public void fail(String m) { throw new IllegalStateException(m); }
        public char next(char c) { return (char) (c + 1); }
        public boolean not(boolean b) { return !b; }
        public float fl(float f) { return f * 3; }
        public String join(String a, int[] xs) { return a + Arrays.toString(xs); }
    }
    static class Derived extends Base {
        @Override public String who() { return "derived"; }
    }

    public static void main(String[] args) throws Exception {
        Method who = Base.class.getMethod("who");
        System.out.println(who.invoke(new Base()));
        System.out.println(who.invoke(new Derived()));
        Method add = Base.class.getMethod("add", int.class, int.class);
        System.out.println(add.invoke(new Base(), 3, 4));
        Object r = add.invoke(new Base(), Byte.valueOf((byte) 5), Short.valueOf((short) 6));
        System.out.println(r + " " + r.getClass().getName());
        Method twice = Base.class.getMethod("twice", long.class);
        System.out.println(twice.invoke(null, 21));
        System.out.println(twice.invoke(new Derived(), 'a'));
        System.out.println(Base.class.getMethod("half", double.class).invoke(new Base(), 5));
        System.out.println(Base.class.getMethod("half", double.class).invoke(new Base(), 5.0f));
        System.out.println(Base.class.getMethod("next", char.class).invoke(new Base(), 'x'));
        System.out.println(Base.class.getMethod("not", boolean.class).invoke(new Base(), true));
        System.out.println(Base.class.getMethod("fl", float.class).invoke(new Base(), 1.5f));
        System.out.println(Base.class.getMethod("join", String.class, int[].class).invoke(new Base(), "xs", new int[] {1, 2}));
        Method fail = Base.class.getMethod("fail", String.class);
        try {
            fail.invoke(new Base(), "boom");
        } catch (InvocationTargetException e) {
            System.out.println("ITE cause: " + e.getCause());
            System.out.println("target same: " + (e.getTargetException() == e.getCause()));
        }
        try {
            add.invoke(new Base(), 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            add.invoke(new Base(), "1", 2);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            add.invoke(new Base(), 1L, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            add.invoke("not a base", 1, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            add.invoke(null, 1, 2);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        Method toString = Object.class.getMethod("toString");
        System.out.println(toString.invoke(Integer.valueOf(42)));
        Method cmp = Comparable.class.getMethod("compareTo", Object.class);
        System.out.println(cmp.invoke("b", "a"));
        Method len = CharSequence.class.getMethod("length");
        System.out.println(len.invoke(new StringBuilder("hello")));
    }
}
