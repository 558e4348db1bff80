import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runtime-visible annotations: presence on classes, methods and fields, counts and annotation types. */
public class ReflectAnnotations {
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
    @interface Marker {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Test {
        String value() default "";
    }

    @Retention(RetentionPolicy.CLASS)
    @interface Invisible {
    }

    @Marker
    @Invisible
    static class Subject {
        @Marker
        int marked;
        int plain;

        @Test("first")
        @Marker
        public void one() {
        }

        @Test
        public void two() {
        }

        @Invisible
        public void three() {
        }

        @Deprecated
        public void old() {
        }
    }

    public static void main(String[] args) throws Exception {
        Class<?> s = Subject.class;
        System.out.println("class Marker " + s.isAnnotationPresent(Marker.class));
        System.out.println("class Test " + s.isAnnotationPresent(Test.class));
        System.out.println("class Invisible " + s.isAnnotationPresent(Invisible.class));
        System.out.println("class annotations " + s.getAnnotations().length);
        System.out.println("class annotation type " + s.getAnnotations()[0].annotationType());
        System.out.println("Marker is annotation " + Marker.class.isAnnotation() + ", interface " + Marker.class.isInterface());
        System.out.println("Retention on Marker " + Marker.class.isAnnotationPresent(Retention.class));
        System.out.println("Target on Test " + Test.class.isAnnotationPresent(Target.class));
        System.out.println("absent getAnnotation " + s.getAnnotation(Test.class));
        List<String> lines = new ArrayList<>();
        for (Method m : s.getDeclaredMethods()) {
            List<String> types = new ArrayList<>();
            for (Annotation a : m.getAnnotations()) {
                types.add(a.annotationType().getSimpleName());
            }
            Collections.sort(types);
            lines.add(m.getName() + " test=" + m.isAnnotationPresent(Test.class) + " marker="
                    + m.isAnnotationPresent(Marker.class) + " deprecated=" + m.isAnnotationPresent(Deprecated.class)
                    + " " + types);
        }
        Collections.sort(lines);
        for (String l : lines) {
            System.out.println(l);
        }
        for (String name : new String[] {"marked", "plain"}) {
            Field f = s.getDeclaredField(name);
            System.out.println(name + " marker=" + f.isAnnotationPresent(Marker.class) + " count="
                    + f.getDeclaredAnnotations().length);
        }
        int tests = 0;
        for (Method m : s.getMethods()) {
            if (m.isAnnotationPresent(Test.class)) {
                tests++;
            }
        }
        System.out.println("tests found " + tests);
        System.out.println("Runnable annotations " + Runnable.class.getAnnotations().length);
    }
}
