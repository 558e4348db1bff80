import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** getMethods (public, inherited, overrides merged) versus getDeclaredMethods, sorted by their text. */
public class ReflectGetMethods {
    interface Named {
        String name();

        default String greeting() {
            return "hello " + name();
        }

        static Named of(String n) {
            return null;
        }
    }

    interface Aged {
        int age();
    }

    static class Animal implements Named {
        public String name() {
            return "animal";
        }

        public String sound() {
            return "...";
        }

        protected void grow() {
        }

        private void secret() {
        }

        public static Animal create() {
            return new Animal();
        }
    }

    public static class Dog extends Animal implements Aged {
        @Override
        public String sound() {
            return "woof";
        }

        public int age() {
            return 3;
        }

        void fetch() {
        }
    }

    static void print(String title, Method[] methods) {
        List<String> lines = new ArrayList<>();
        int fromObject = 0;
        for (Method m : methods) {
            if (m.getDeclaringClass() == Object.class) {
                fromObject++;
            } else {
                lines.add(m.toString());
            }
        }
        System.out.println("from Object: " + fromObject);
        Collections.sort(lines);
        System.out.println(title + " (" + lines.size() + ")");
        for (String s : lines) {
            System.out.println("  " + s);
        }
    }

    public static void main(String[] args) throws Exception {
        print("Dog.getMethods", Dog.class.getMethods());
        print("Dog.getDeclaredMethods", Dog.class.getDeclaredMethods());
        print("Animal.getDeclaredMethods", Animal.class.getDeclaredMethods());
        print("Named.getMethods", Named.class.getMethods());
        print("Aged.getMethods", Aged.class.getMethods());
        Dog d = new Dog();
        System.out.println(Dog.class.getMethod("greeting").invoke(d));
        System.out.println(Dog.class.getMethod("sound").getDeclaringClass());
        System.out.println(Dog.class.getMethod("name").getDeclaringClass());
        System.out.println(Dog.class.getMethod("greeting").getDeclaringClass());
        System.out.println(Named.class.getMethod("name").invoke(d));
        System.out.println(Animal.class.getMethod("sound").invoke(d));
        System.out.println(Dog.class.getMethod("create").invoke(null).getClass().getSimpleName());
        System.out.println(Dog.class.getMethod("hashCode").getDeclaringClass());
        System.out.println(Dog.class.getMethod("equals", Object.class).invoke(d, d));
    }
}
