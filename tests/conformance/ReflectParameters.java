import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Parameter types, counts, return types, exception types, varargs and Parameter objects. */
public class ReflectParameters {
    public static int sum(int... xs) {
        int s = 0;
        for (int x : xs) {
            s += x;
        }
        return s;
    }

    public static String format(String pattern, Object... args) {
        return pattern + Arrays.toString(args);
    }

    long mix(byte b, char c, double d, float f, boolean z, short s, long l, int[][] grid, String text) {
        return 0;
    }

    void risky() throws IOException, InterruptedException, IllegalStateException {
    }

    static void describe(Method m) {
        System.out.println(m.getName() + ": count=" + m.getParameterCount() + " returns " + m.getReturnType()
                + " varargs=" + m.isVarArgs());
        for (Class<?> p : m.getParameterTypes()) {
            System.out.println("  param " + p.getName() + " / " + p.getTypeName() + " / " + p.getSimpleName());
        }
        for (Parameter p : m.getParameters()) {
            System.out.println("  " + p + " type " + p.getType().getSimpleName() + " varargs=" + p.isVarArgs());
        }
        for (Class<?> e : m.getExceptionTypes()) {
            System.out.println("  throws " + e.getName());
        }
    }

    public static void main(String[] args) throws Exception {
        List<Method> methods = new ArrayList<>(Arrays.asList(ReflectParameters.class.getDeclaredMethods()));
        List<String> names = new ArrayList<>();
        for (Method m : methods) {
            names.add(m.getName());
        }
        Collections.sort(names);
        for (String n : names) {
            for (Method m : methods) {
                if (m.getName().equals(n)) {
                    describe(m);
                }
            }
        }
        Method sum = ReflectParameters.class.getMethod("sum", int[].class);
        System.out.println(sum.invoke(null, (Object) new int[] {1, 2, 3}));
        Method format = ReflectParameters.class.getMethod("format", String.class, Object[].class);
        System.out.println(format.invoke(null, "p", new Object[] {1, "two"}));
        Method mix = ReflectParameters.class.getDeclaredMethod("mix", byte.class, char.class, double.class,
                float.class, boolean.class, short.class, long.class, int[][].class, String.class);
        System.out.println(mix.getReturnType() == long.class);
        System.out.println(mix.getParameterTypes()[7].getComponentType().getComponentType());
        Class<?>[] copy = mix.getParameterTypes();
        copy[0] = null;
        System.out.println(mix.getParameterTypes()[0]);
        System.out.println(mix.equals(ReflectParameters.class.getDeclaredMethod("mix", copy.length == 9
                ? mix.getParameterTypes() : null)));
        System.out.println(mix.hashCode() == ReflectParameters.class.getDeclaredMethod("mix", mix.getParameterTypes()).hashCode());
    }
}
