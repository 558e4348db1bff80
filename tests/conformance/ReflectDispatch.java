import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Which method runs: overrides, private methods (never overridden), interfaces, enums, checked exceptions. */
public class ReflectDispatch {
    static class Base {
        private String priv() {
            return "Base.priv";
        }

        String pkg() {
            return "Base.pkg";
        }

        public String callPriv() {
            return priv();
        }
    }

    static class Sub extends Base {
        @SuppressWarnings("unused")
        private String priv() {
            return "Sub.priv";
        }

        @Override
        String pkg() {
            return "Sub.pkg";
        }
    }

    interface Shape {
        double area();

        default String describe() {
            return getClass().getSimpleName() + " of area " + area();
        }
    }

    enum Square implements Shape {
        SMALL(1), LARGE(10);

        final double side;

        Square(double side) {
            this.side = side;
        }

        public double area() {
            return side * side;
        }
    }

    static class Checked {
        public void io() throws java.io.IOException {
            throw new java.io.IOException("disk on fire");
        }

        public static int depth(int n) {
            return n == 0 ? 0 : 1 + depth(n - 1);
        }
    }

    public static void main(String[] args) throws Exception {
        Method priv = Base.class.getDeclaredMethod("priv");
        System.out.println(priv.invoke(new Sub()));
        Method pkg = Base.class.getDeclaredMethod("pkg");
        System.out.println(pkg.invoke(new Sub()));
        System.out.println(Sub.class.getDeclaredMethod("priv").invoke(new Sub()));
        System.out.println(Base.class.getMethod("callPriv").invoke(new Sub()));
        Method area = Shape.class.getMethod("area");
        Method describe = Shape.class.getMethod("describe");
        for (Square s : Square.values()) {
            System.out.println(area.invoke(s) + " / " + describe.invoke(s));
        }
        Object values = Square.class.getMethod("values").invoke(null);
        System.out.println(((Square[]) values).length);
        System.out.println(Square.class.getMethod("valueOf", String.class).invoke(null, "LARGE"));
        System.out.println(Enum.class.getMethod("ordinal").invoke(Square.LARGE));
        try {
            Square.class.getMethod("valueOf", String.class).invoke(null, "HUGE");
        } catch (InvocationTargetException e) {
            System.out.println(e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
        }
        try {
            Checked.class.getMethod("io").invoke(new Checked());
        } catch (InvocationTargetException e) {
            System.out.println("cause " + e.getCause() + ", message " + e.getMessage());
        }
        System.out.println(Checked.class.getMethod("depth", int.class).invoke(null, 500));
        Method hash = Object.class.getMethod("hashCode");
        System.out.println(hash.invoke("abc").equals("abc".hashCode()));
        Method equals = Object.class.getMethod("equals", Object.class);
        System.out.println(equals.invoke(Integer.valueOf(5), 5) + " " + equals.invoke(Integer.valueOf(5), 5L));
        System.out.println(Integer.class.getMethod("parseInt", String.class, int.class).invoke(null, "ff", 16));
        System.out.println(Math.class.getMethod("max", long.class, long.class).invoke(null, 3, 7L));
        System.out.println(String.class.getMethod("valueOf", char[].class).invoke(null, (Object) new char[] {'o', 'k'}));
        @SuppressWarnings("deprecation")
        Object made = Checked.class.newInstance();
        System.out.println(made.getClass().getSimpleName());
    }
}
