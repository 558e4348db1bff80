import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A small JUnit-like runner: loads test classes by name, finds annotated methods, runs them, reports. */
public class ReflectTestRunner {
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Check {
        String name() default "";
        Class<? extends Throwable> expected() default None.class;
        int order() default 0;
    }

    static final class None extends Throwable {
    }

    public static class MathChecks {
        int calls;

        public MathChecks() {
            System.out.println("new MathChecks");
        }

        @Check(order = 2)
        public void addition() {
            calls++;
            if (1 + 1 != 2) {
                throw new AssertionError("math is broken");
            }
        }

        @Check(name = "division by zero", expected = ArithmeticException.class, order = 1)
        public void divide() {
            int zero = 0;
            System.out.println(1 / zero);
        }

        @Check(order = 3)
        public void failing() {
            throw new AssertionError("expected 3 but was 4");
        }

        @Check(order = 4, expected = IllegalStateException.class)
        public void missingException() {
        }

        public void notATest() {
            throw new RuntimeException("should not run");
        }

        @Check(order = 5)
        static void staticCheck() {
            System.out.println("static check ran");
        }
    }

    public static class TextChecks {
        @Check(name = "upper case")
        public void upper() {
            if (!"abc".toUpperCase().equals("ABC")) {
                throw new AssertionError();
            }
        }
    }

    static int passed;
    static int failed;

    static void run(String className) throws Exception {
        Class<?> c = Class.forName(className);
        System.out.println("== " + c.getSimpleName());
        List<Method> checks = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Check.class)) {
                checks.add(m);
            }
        }
        checks.sort(new Comparator<Method>() {
            @Override
            public int compare(Method a, Method b) {
                return Integer.compare(a.getAnnotation(Check.class).order(), b.getAnnotation(Check.class).order());
            }
        });
        for (Method m : checks) {
            Check check = m.getAnnotation(Check.class);
            String label = check.name().isEmpty() ? m.getName() : check.name();
            Object instance = Modifier.isStatic(m.getModifiers()) ? null : c.getDeclaredConstructor().newInstance();
            m.setAccessible(true);
            try {
                m.invoke(instance);
                if (check.expected() != None.class) {
                    failed++;
                    System.out.println("FAIL " + label + ": expected " + check.expected().getSimpleName());
                } else {
                    passed++;
                    System.out.println("ok   " + label);
                }
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (check.expected().isInstance(cause)) {
                    passed++;
                    System.out.println("ok   " + label + " (threw " + cause.getClass().getName() + ")");
                } else {
                    failed++;
                    System.out.println("FAIL " + label + ": " + cause);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        run("ReflectTestRunner$MathChecks");
        run("ReflectTestRunner$TextChecks");
        try {
            run("ReflectTestRunner$Missing");
        } catch (ClassNotFoundException e) {
            System.out.println("not found: " + e.getMessage());
        }
        System.out.println(passed + " passed, " + failed + " failed");
    }
}
