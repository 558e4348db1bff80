/** Helpful NullPointerException messages for array loads, stores and arraylength of every element type. */
public class NpeArrayAccess {
    static int[] ints;
    static String[][] grid = new String[2][];
    long[] longs;

    static int[] none() {
        return null;
    }

    static void run(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": fine");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    static int loadLocal() {
        int[] a = none();
        return a[0];
    }

    static void storeLocal() {
        byte[] b = null;
        if (ints == null) {
            b[1] = 3;
        }
    }

    static int lengthLocal() {
        char[] c = null;
        return c.length;
    }

    static int loadStatic() {
        return ints[2];
    }

    static void storeStatic() {
        ints[0] = 9;
    }

    static int lengthStatic() {
        return ints.length;
    }

    static String loadNested() {
        return grid[1][0];
    }

    static void storeNested() {
        grid[0][3] = "x";
    }

    int loadField() {
        return (int) longs[0];
    }

    static double loadReturn() {
        return ((double[]) null == null ? noneD() : new double[1])[0];
    }

    static double[] noneD() {
        return null;
    }

    static int lengthReturn() {
        return none().length;
    }

    static boolean loadParam(boolean[] flags, int i) {
        return flags[i];
    }

    static void storeParamFloat(float[] fs) {
        fs[0] = 1f;
    }

    static void storeShort(short[][] s) {
        s[0][0] = 1;
    }

    public static void main(String[] args) {
        run("iaload local", NpeArrayAccess::loadLocal);
        run("bastore local", NpeArrayAccess::storeLocal);
        run("arraylength local", NpeArrayAccess::lengthLocal);
        run("iaload static", NpeArrayAccess::loadStatic);
        run("iastore static", NpeArrayAccess::storeStatic);
        run("arraylength static", NpeArrayAccess::lengthStatic);
        run("aaload nested", NpeArrayAccess::loadNested);
        run("aastore nested", NpeArrayAccess::storeNested);
        run("laload field", () -> new NpeArrayAccess().loadField());
        run("daload return", NpeArrayAccess::loadReturn);
        run("arraylength return", NpeArrayAccess::lengthReturn);
        run("baload param", () -> loadParam(null, 0));
        run("fastore param", () -> storeParamFloat(null));
        run("sastore element", () -> storeShort(new short[1][]));
        try {
            int[] a = null;
            for (int x : a) {
                System.out.println(x);
            }
        } catch (NullPointerException e) {
            System.out.println("for-each over null array: " + e.getMessage());
        }
        try {
            Object[] objs = null;
            System.out.println(objs.clone());
        } catch (NullPointerException e) {
            System.out.println("clone of null array: " + e.getMessage());
        }
    }
}
