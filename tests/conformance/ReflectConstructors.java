import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Constructors: lookup by parameter types, newInstance with arguments, wrapped exceptions, abstract classes. */
public class ReflectConstructors {
    static int made;

    public static class Point {
        final int x;
        final int y;

        public Point() {
            this(0, 0);
        }

        public Point(int x, int y) {
            this.x = x;
            this.y = y;
            made++;
        }

        Point(String spec) {
            this(Integer.parseInt(spec.substring(0, spec.indexOf(','))), Integer.parseInt(spec.substring(spec.indexOf(',') + 1)));
        }

        @Override
        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    abstract static class Abstract {
        Abstract() {
        }
    }

    static class Init {
        static {
            System.out.println("Init initialized");
        }

        Init() {
            System.out.println("Init constructed");
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Point.class.getDeclaredConstructor().newInstance());
        System.out.println(Point.class.getConstructor(int.class, int.class).newInstance(3, 4));
        System.out.println(Point.class.getDeclaredConstructor(String.class).newInstance("7,8"));
        System.out.println("made " + made);
        List<String> all = new ArrayList<>();
        for (Constructor<?> c : Point.class.getDeclaredConstructors()) {
            all.add(c + " params=" + c.getParameterCount() + " name=" + c.getName());
        }
        Collections.sort(all);
        System.out.println(all);
        System.out.println(Point.class.getConstructors().length);
        try {
            Point.class.getDeclaredConstructor(String.class).newInstance("bad");
        } catch (InvocationTargetException e) {
            System.out.println("ITE: " + e.getCause());
        }
        try {
            Point.class.getConstructor(String.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NSME: " + e.getMessage());
        }
        try {
            Point.class.getConstructor(int.class, long.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NSME: " + e.getMessage());
        }
        try {
            Point.class.getConstructor(int.class, int.class).newInstance(1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE: " + e.getMessage());
        }
        try {
            Abstract.class.getDeclaredConstructor().newInstance();
        } catch (InstantiationException e) {
            System.out.println("InstantiationException " + (e.getMessage() == null));
        }
        System.out.println("before Init");
        Constructor<Init> ic = Init.class.getDeclaredConstructor();
        System.out.println("got constructor");
        ic.newInstance();
        StringBuilder sb = StringBuilder.class.getConstructor(String.class).newInstance("abc");
        System.out.println(sb.reverse());
        System.out.println(Integer.class.getConstructor(int.class).getDeclaringClass());
        System.out.println(Runnable.class.getConstructors().length + " " + int[].class.getConstructors().length);
    }
}
