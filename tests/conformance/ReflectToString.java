import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** toString of methods, constructors and fields in HotSpot's format, sorted so the order is fixed. */
public class ReflectToString {
    public static final int COUNT = 3;
    private transient volatile long stamp;
    protected String[][] grid;
    List<String> names;
    static Object shared;

    public ReflectToString() {
    }

    protected ReflectToString(int a, String b) throws IOException {
    }

    private ReflectToString(long[] xs, Object... rest) {
    }

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>();
        for (Method m : ReflectToString.class.getDeclaredMethods()) {
            lines.add(m.toString());
        }
        for (Constructor<?> c : ReflectToString.class.getDeclaredConstructors()) {
            lines.add(c.toString());
        }
        for (Field f : ReflectToString.class.getDeclaredFields()) {
            lines.add(f.toString());
        }
        Collections.sort(lines);
        for (String s : lines) {
            System.out.println(s);
        }
    }

    public synchronized int sync() {
        return 0;
    }


    static double strict(double d) {
        return d;
    }

    private native void nat();

    public <T extends Comparable<T>> T max(T a, T b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    int[][] matrix(char c, byte b, short s, boolean z, float f) {
        return null;
    }

    static {
        shared = new Object();
    }


}
