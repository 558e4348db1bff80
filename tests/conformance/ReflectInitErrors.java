import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Class initialization through reflection: when it happens, and initializer failures (not wrapped). */
public class ReflectInitErrors {
    static class Lazy {
        static {
            System.out.println("Lazy initialized");
        }

        static int value = 5;

        static int get() {
            return value;
        }
    }

    static class Broken {
        static int value = 1 / Integer.parseInt("0");

        static int get() {
            return value;
        }
    }

    static class BrokenToo {
        static final Object VALUE;

        static {
            if (true) {
                throw new IllegalStateException("cannot start");
            }
            VALUE = null;
        }

        BrokenToo() {
        }
    }

    public static void main(String[] args) throws Exception {
        Method get = Lazy.class.getDeclaredMethod("get");
        System.out.println("method found, fields " + Lazy.class.getDeclaredFields().length);
        System.out.println(get.invoke(null));
        Method broken = Broken.class.getDeclaredMethod("get");
        try {
            broken.invoke(null);
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE: " + e.getCause());
        } catch (InvocationTargetException e) {
            System.out.println("ITE: " + e.getCause());
        }
        try {
            broken.invoke(null);
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE: " + e.getMessage());
        } catch (InvocationTargetException e) {
            System.out.println("ITE: " + e.getCause());
        }
        try {
            Broken.class.getDeclaredField("value").getInt(null);
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE: " + e.getMessage());
        }
        try {
            BrokenToo.class.getDeclaredConstructor().newInstance();
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE: " + e.getCause());
        } catch (InvocationTargetException e) {
            System.out.println("ITE: " + e.getCause());
        }
    }
}
