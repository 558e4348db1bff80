import java.util.Arrays;

/** getDeclaredClasses and getClasses: member classes and interfaces, public ones inherited from superclasses. */
public class ReflectMemberClasses {
    public static class Outer {
        public class PublicInner {
        }

        private static class PrivateNested {
        }

        protected interface ProtectedApi {
        }

        enum Color { RED }

        public @interface Note {
        }

        void local() {
            class Local {
            }
            Runnable r = new Runnable() {
                public void run() {
                }
            };
            r.run();
            new Local();
        }
    }

    public static class Child extends Outer {
        public static class ChildOnly {
        }
    }

    static String names(Class<?>[] classes) {
        String[] names = new String[classes.length];
        for (int i = 0; i < classes.length; i++) {
            names[i] = classes[i].getSimpleName();
        }
        Arrays.sort(names);
        return Arrays.toString(names);
    }

    public static void main(String[] args) {
        System.out.println(names(Outer.class.getDeclaredClasses()));
        System.out.println(names(Outer.class.getClasses()));
        System.out.println(names(Child.class.getDeclaredClasses()));
        System.out.println(names(Child.class.getClasses()));
        System.out.println(names(ReflectMemberClasses.class.getDeclaredClasses()));
        System.out.println(names(Outer.PublicInner.class.getDeclaredClasses()));
        System.out.println(names(int[].class.getDeclaredClasses()) + names(int.class.getClasses()));
        System.out.println(names(Thread.class.getClasses()));
        for (Class<?> c : Outer.class.getDeclaredClasses()) {
            if (c.isEnum()) {
                System.out.println(c.getName() + " " + c.getDeclaringClass().getSimpleName());
            }
        }
    }
}
