/** clone() of arrays of every type: independent copies, shallow for nested arrays, class preserved. */
public class ArrayClone {
    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 99;
        System.out.println("int: " + a[0] + " " + b[0] + " same=" + (a == b) + " " + b.getClass().getName());
        long[] la = {5L, 6L};
        long[] lb = la.clone();
        lb[1]++;
        System.out.println("long: " + la[1] + " " + lb[1]);
        double[] da = {0.5};
        double[] db = da.clone();
        db[0] *= 4;
        System.out.println("double: " + da[0] + " " + db[0]);
        char[] ca = "abc".toCharArray();
        char[] cb = ca.clone();
        cb[2] = 'z';
        System.out.println("char: " + new String(ca) + " " + new String(cb));
        boolean[] za = {true, false};
        boolean[] zb = za.clone();
        zb[0] = false;
        System.out.println("boolean: " + za[0] + " " + zb[0]);
        byte[] ba = {1};
        short[] sa = {2};
        float[] fa = {3f};
        System.out.println("byte/short/float: " + ba.clone()[0] + " " + sa.clone()[0] + " " + fa.clone()[0]);
        String[] sa1 = {"x", "y"};
        String[] sa2 = sa1.clone();
        sa2[0] = "changed";
        System.out.println("String[]: " + sa1[0] + " " + sa2[0] + " shared elt " + (sa1[1] == sa2[1]) + " "
            + sa2.getClass().getSimpleName());
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] shallow = grid.clone();
        shallow[0][0] = 100;
        shallow[1] = new int[] {7, 7};
        System.out.println("2d shallow: " + grid[0][0] + " " + grid[1][0] + " " + shallow[1][0] + " rows shared "
            + (grid[0] == shallow[0]));
        Object[] objs = new Integer[] {1, 2};
        Object[] objsClone = objs.clone();
        System.out.println("runtime type kept: " + objsClone.getClass().getName());
        try {
            objsClone[0] = "string";
        } catch (ArrayStoreException e) {
            System.out.println("clone still checks stores: " + e.getMessage());
        }
        int[] empty = new int[0];
        System.out.println("empty clone distinct " + (empty.clone() != empty) + " length " + empty.clone().length);
        int[] copy = java.util.Arrays.copyOf(a, 5);
        int[] range = java.util.Arrays.copyOfRange(a, 1, 4);
        System.out.println("copyOf " + java.util.Arrays.toString(copy) + " copyOfRange " + java.util.Arrays.toString(range));
        String[] grown = java.util.Arrays.copyOf(sa1, 3);
        System.out.println("copyOf String[] " + java.util.Arrays.toString(grown) + " " + grown.getClass().getName());
        Object cloned = ((Object) a);
        System.out.println("cloneable: " + (cloned instanceof Cloneable));
    }
}
