import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** toString and modifiers of methods of nested abstract classes and interfaces (default, static, abstract). */
public class ReflectNested {
    protected abstract static class Shape {
        abstract double area();

        public final String name() throws java.io.IOException, InterruptedException {
            return "shape";
        }

        protected static synchronized void reset() {
        }
    }

    interface Greeter {
        String greet(String who);

        default String hello() {
            return greet("hello");
        }

        static Greeter polite() {
            return null;
        }
    }

    static void print(Class<?> c) {
        List<String> lines = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            lines.add(m.getName() + " " + m.getModifiers() + " default=" + m.isDefault() + " : " + m);
        }
        Collections.sort(lines);
        System.out.println(c + " modifiers " + c.getModifiers());
        for (String s : lines) {
            System.out.println("  " + s);
        }
    }

    public static void main(String[] args) {
        print(Shape.class);
        print(Greeter.class);
        print(Runnable.class);
    }
}
