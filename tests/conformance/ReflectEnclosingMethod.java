import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * Class.getEnclosingMethod/getEnclosingConstructor/getEnclosingClass for local and anonymous classes declared
 * in static and instance methods (overloaded ones included), constructors, initializers and lambdas, and for
 * member and top-level classes, which have none.
 */
public class ReflectEnclosingMethod {
    static Object fromStatic;
    Object fromInit;
    static Object fromStaticInit;

    static {
        fromStaticInit = new Object() { };
    }

    {
        fromInit = new Runnable() {
            public void run() {
            }
        };
    }

    Object fromCtor;

    ReflectEnclosingMethod(int x, String y) {
        class InCtor {
        }
        fromCtor = new InCtor();
    }

    static Object make(int n) {
        class Local {
        }
        return new Local();
    }

    static Object make(long[] n, String... s) {
        return new Supplier<String>() {
            public String get() {
                return "anon";
            }
        };
    }

    Object instance(java.util.List<String> l) {
        Supplier<Object> s = () -> new Object() { };
        return s.get();
    }

    static class Member {
    }

    static void show(String label, Class<?> c) {
        Method m = c.getEnclosingMethod();
        Constructor<?> k = c.getEnclosingConstructor();
        Class<?> e = c.getEnclosingClass();
        System.out.println(label + ": method=" + (m == null ? "null" : m.toString()) + " ctor=" + (k == null ? "null" : k.toString())
                + " class=" + (e == null ? "null" : e.getName()) + " anonymous=" + c.isAnonymousClass() + " local=" + c.isLocalClass());
    }

    public static void main(String[] args) {
        ReflectEnclosingMethod r = new ReflectEnclosingMethod(1, "x");
        show("static method local", make(3).getClass());
        show("overloaded static anonymous", make(new long[0]).getClass());
        show("constructor local", r.fromCtor.getClass());
        show("instance initializer", r.fromInit.getClass());
        show("static initializer", fromStaticInit.getClass());
        show("lambda body", r.instance(null).getClass());
        show("member", Member.class);
        show("top level", ReflectEnclosingMethod.class);
        show("array", int[].class);
        show("primitive", int.class);
        class InMain {
            Object inner() {
                return new Object() { };
            }
        }
        show("main local", InMain.class);
        show("method of local", new InMain().inner().getClass());
    }
}
