/** System.arraycopy: overlapping forward/backward copies in the same array for every element type, zero length, subtypes. */
import java.util.Arrays;

public class ArraycopyOverlap {
    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 6);
        System.out.println("int right " + Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 0, 7);
        System.out.println("int left " + Arrays.toString(b));
        long[] l = {1, 2, 3, 4, 5};
        System.arraycopy(l, 0, l, 1, 4);
        double[] d = {1.5, 2.5, 3.5, 4.5};
        System.arraycopy(d, 1, d, 0, 3);
        char[] c = "abcdefgh".toCharArray();
        System.arraycopy(c, 0, c, 3, 5);
        byte[] by = {1, 2, 3, 4, 5, 6};
        System.arraycopy(by, 2, by, 1, 4);
        short[] sh = {10, 20, 30, 40};
        System.arraycopy(sh, 0, sh, 1, 3);
        boolean[] bo = {true, false, false, true};
        System.arraycopy(bo, 0, bo, 2, 2);
        float[] fl = {0.5f, 1.5f, 2.5f};
        System.arraycopy(fl, 1, fl, 0, 2);
        System.out.println(Arrays.toString(l) + " " + Arrays.toString(d) + " " + new String(c) + " " + Arrays.toString(by) + " "
            + Arrays.toString(sh) + " " + Arrays.toString(bo) + " " + Arrays.toString(fl));
        String[] s = {"a", "b", "c", "d", "e"};
        System.arraycopy(s, 1, s, 2, 3);
        System.out.println("objects right " + Arrays.toString(s));
        Object[] objs = new Object[4];
        Integer[] ints = {1, 2, 3};
        System.arraycopy(ints, 0, objs, 1, 3);
        System.out.println("subtype into Object[] " + Arrays.toString(objs));
        Object[] back = {7, 8};
        Integer[] target = new Integer[2];
        System.arraycopy(back, 0, target, 0, 2);
        System.out.println("Object[] of Integers into Integer[] " + Arrays.toString(target));
        Object[] partial = {9, "x", 10};
        Integer[] dest = {0, 0, 0};
        try {
            System.arraycopy(partial, 0, dest, 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("partial copy before failure " + Arrays.toString(dest) + ": " + e.getMessage());
        }
        System.arraycopy(a, 10, b, 10, 0);
        System.arraycopy(a, 0, b, 0, 0);
        System.out.println("zero-length copies at the end are fine");
        int[][] grid = {{1}, {2}, {3}};
        System.arraycopy(grid, 0, grid, 1, 2);
        System.out.println("rows shared " + (grid[0] == grid[1]) + " " + grid[2][0]);
        int[] big = new int[10000];
        for (int i = 0; i < big.length; i++) {
            big[i] = i;
        }
        System.arraycopy(big, 0, big, 1, big.length - 1);
        long sum = 0;
        for (int v : big) {
            sum += v;
        }
        System.out.println("big shifted sum " + sum + " first " + big[0] + big[1] + " last " + big[9999]);
    }
}
