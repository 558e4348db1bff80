/** NoSuchMethodException and NoSuchFieldException messages as HotSpot words them. */
public class ReflectNoSuchMember {
    private void hidden(int a) {
    }

    public int visible;
    private int secret;

    static void tryMethod(Class<?> c, String name, boolean declared, Class<?>... params) {
        try {
            Object m = declared ? c.getDeclaredMethod(name, params) : c.getMethod(name, params);
            System.out.println("found " + m);
        } catch (NoSuchMethodException e) {
            System.out.println(e);
        }
    }

    static void tryField(Class<?> c, String name, boolean declared) {
        try {
            Object f = declared ? c.getDeclaredField(name) : c.getField(name);
            System.out.println("found " + f);
        } catch (NoSuchFieldException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) {
        Class<?> k = ReflectNoSuchMember.class;
        tryMethod(k, "nothing", false);
        tryMethod(k, "hidden", false, int.class);
        tryMethod(k, "hidden", true, int.class);
        tryMethod(k, "hidden", true, long.class);
        tryMethod(k, "hidden", true, int.class, String.class, int[].class, String[][].class);
        tryMethod(k, "toString", false);
        tryMethod(k, "toString", true);
        tryMethod(k, "main", true, String[].class);
        tryMethod(String.class, "nope", false, char.class, Object.class);
        tryMethod(k, "x", false, (Class<?>) null);
        tryField(k, "visible", false);
        tryField(k, "secret", false);
        tryField(k, "secret", true);
        tryField(k, "missing", true);
        tryField(Integer.class, "MAX_VALUE", false);
        tryField(Integer.class, "MAX_VALUE", true);
        try {
            k.getMethod(null);
        } catch (NullPointerException | NoSuchMethodException e) {
            System.out.println(e.getClass().getName());
        }
    }
}
