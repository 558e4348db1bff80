/** Varargs: empty, single, many, null, array passthrough, primitive varargs, generic varargs, varargs with fixed params. */
public class VarargsCalls {
    static String ints(int... xs) {
        StringBuilder sb = new StringBuilder("ints(" + xs.length + "):");
        for (int x : xs) {
            sb.append(' ').append(x);
        }
        return sb.toString();
    }

    static String objs(Object... xs) {
        if (xs == null) {
            return "objs(null array)";
        }
        StringBuilder sb = new StringBuilder("objs(" + xs.length + "):");
        for (Object x : xs) {
            sb.append(' ').append(x);
        }
        return sb.toString();
    }

    static String fmt(String pattern, long... vals) {
        long sum = 0;
        for (long v : vals) {
            sum += v;
        }
        return pattern + "=" + sum + "/" + vals.length;
    }

    @SafeVarargs
    static <T> T last(T... items) {
        return items.length == 0 ? null : items[items.length - 1];
    }

    @SafeVarargs
    static <T> int count(T... items) {
        return items.length;
    }

    static String mixed(String head, double d, char... tail) {
        return head + d + new String(tail);
    }

    static int sum2d(int[]... rows) {
        int s = 0;
        for (int[] r : rows) {
            for (int v : r) {
                s += v;
            }
        }
        return s;
    }

    public static void main(String[] args) {
        System.out.println(ints());
        System.out.println(ints(1));
        System.out.println(ints(1, 2, 3, 4, 5));
        System.out.println(ints(new int[] {9, 8}));
        System.out.println(objs());
        System.out.println(objs("a", 1, 2.5, 'c', null, true));
        System.out.println(objs((Object[]) null));
        System.out.println(objs((Object) null));
        System.out.println(objs(new String[] {"x", "y"}.length, "z"));
        System.out.println(objs((Object[]) new Integer[] {7, 8, 9}));
        System.out.println(fmt("none") + " " + fmt("some", 1, 2, 3) + " " + fmt("wide", Long.MAX_VALUE, 1));
        System.out.println(last("a", "b", "c") + " " + last() + " " + last(1, 2) + " count " + count() + count(1, 2, 3)
            + count((Object[]) new String[4]));
        System.out.println(mixed("h", 1.5) + " " + mixed("h", 2, 'x', 'y'));
        System.out.println("2d " + sum2d() + " " + sum2d(new int[] {1, 2}, new int[] {3}, new int[0]));
        System.out.println(String.format("%s-%s-%s", "a", "b", "c") + " " + String.join("/", "p", "q", "r"));
        System.out.println(java.util.Arrays.asList(3, 1, 2) + " " + java.util.Arrays.asList().size()
            + " " + java.util.Arrays.asList(new int[] {1, 2}).size());
    }
}
