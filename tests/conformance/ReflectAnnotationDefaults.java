import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Method.getDefaultValue on annotation elements, and annotation interfaces seen through reflection. */
public class ReflectAnnotationDefaults {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Config {
        String name() default "unnamed";
        int retries() default 3;
        long timeout() default 1000L;
        double ratio() default 0.75;
        char sep() default ',';
        boolean enabled() default true;
        String[] tags() default {"a", "b"};
        int[] sizes() default {};
        ElementType where() default ElementType.METHOD;
        Class<?> kind() default Object.class;
        String required();
    }

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        for (Method m : Config.class.getDeclaredMethods()) {
            Object v = m.getDefaultValue();
            String shown = v == null ? "null" : v.getClass().isArray()
                    ? (v instanceof int[] ? Arrays.toString((int[]) v) : Arrays.toString((Object[]) v))
                    : v + " (" + v.getClass().getSimpleName() + ")";
            lines.add(m.getName() + " -> " + shown + " | " + m);
        }
        Collections.sort(lines);
        for (String l : lines) {
            System.out.println(l);
        }
        System.out.println(Config.class.isAnnotation() + " " + Config.class.isInterface() + " "
                + Arrays.toString(Config.class.getInterfaces()));
        System.out.println(Object.class.getMethods().length > 0 ? "toString default: "
                + objectDefault() : "");
    }

    static Object objectDefault() {
        try {
            return Object.class.getMethod("toString").getDefaultValue();
        } catch (NoSuchMethodException e) {
            return e;
        }
    }
}
