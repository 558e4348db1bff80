import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Generic signatures through reflection: parameterized types, type variables, wildcards, generic arrays. */
public class ReflectGenerics {
    static class Box<T extends Comparable<T>> implements Comparable<Box<T>>, Serializable {
        T value;
        List<? extends Number> numbers;
        Map<String, List<Integer>> index;
        T[] many;
        List<String>[] lists;
        Map.Entry<String, ? super Integer> entry;
        int plain;
        String text;

        public int compareTo(Box<T> other) {
            return value.compareTo(other.value);
        }

        <K, V extends List<K>> Map<K, V> group(List<? super K> keys, V values, int n) {
            return null;
        }

        T get() {
            return value;
        }
    }

    static class IntBox extends Box<Integer> {
    }

    abstract static class TypeToken<T> {
        Type type() {
            return ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        for (Field f : Box.class.getDeclaredFields()) {
            lines.add(f.getName() + ": " + f.getGenericType() + " [" + f.getGenericType().getClass().getInterfaces()[0].getSimpleName() + "]");
        }
        Collections.sort(lines);
        for (String l : lines) {
            System.out.println(l);
        }
        TypeVariable<?>[] vars = Box.class.getTypeParameters();
        System.out.println(vars.length + " " + vars[0] + " bounds " + Arrays.toString(vars[0].getBounds()));
        System.out.println(Box.class.getGenericSuperclass() + " " + Arrays.toString(Box.class.getGenericInterfaces()));
        System.out.println(IntBox.class.getGenericSuperclass());
        ParameterizedType sup = (ParameterizedType) IntBox.class.getGenericSuperclass();
        System.out.println(sup.getRawType() + " " + Arrays.toString(sup.getActualTypeArguments()) + " owner " + sup.getOwnerType());
        Method group = Box.class.getDeclaredMethod("group", List.class, List.class, int.class);
        System.out.println(group.getGenericReturnType());
        System.out.println(Arrays.toString(group.getGenericParameterTypes()));
        System.out.println(Arrays.toString(group.getTypeParameters()) + " " + Arrays.toString(group.getTypeParameters()[1].getBounds()));
        WildcardType w = (WildcardType) ((ParameterizedType) group.getGenericParameterTypes()[0]).getActualTypeArguments()[0];
        System.out.println(Arrays.toString(w.getUpperBounds()) + " " + Arrays.toString(w.getLowerBounds()));
        System.out.println(Box.class.getDeclaredMethod("get").getGenericReturnType() + " "
                + Box.class.getDeclaredMethod("get").getReturnType());
        System.out.println(String.class.getGenericSuperclass() + " " + Arrays.toString(Runnable.class.getTypeParameters()));
        System.out.println(new TypeToken<Map<String, int[]>>() { }.type());
        System.out.println(new TypeToken<List<? extends CharSequence>>() { }.type());
        System.out.println(vars[0].getGenericDeclaration() + " " + vars[0].equals(Box.class.getTypeParameters()[0]));
        System.out.println(Box.class.getDeclaredField("value").getGenericType() == vars[0]
                || Box.class.getDeclaredField("value").getGenericType().equals(vars[0]));
    }
}
