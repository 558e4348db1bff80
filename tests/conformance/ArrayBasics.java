/** Arrays: default values, multi-dimensional and ragged arrays, clone, and the exceptions with their messages. */
public class ArrayBasics {
    public static void main(String[] args) {
        int[] ints = new int[3];
        long[] longs = new long[2];
        double[] doubles = new double[2];
        boolean[] bools = new boolean[2];
        char[] chars = new char[2];
        String[] strings = new String[2];
        System.out.println("defaults: " + ints[0] + " " + longs[1] + " " + doubles[0] + " " + bools[1] + " "
            + (int) chars[0] + " " + strings[1]);
        int[][] grid = new int[3][4];
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                grid[r][c] = r * 10 + c;
            }
        }
        System.out.println("grid[2][3] = " + grid[2][3] + ", rows = " + grid.length + ", cols = " + grid[0].length);
        int[][][] cube = new int[2][3][];
        System.out.println("cube[1][2] = " + cube[1][2] + ", cube[1].length = " + cube[1].length);
        int[][] ragged = {{1}, {2, 3}, {}, {4, 5, 6}};
        int total = 0;
        for (int[] row : ragged) {
            for (int v : row) {
                total += v;
            }
            System.out.println("row length " + row.length);
        }
        System.out.println("ragged total = " + total);
        int[] original = {5, 6, 7};
        int[] copy = original.clone();
        copy[0] = 99;
        System.out.println("clone independent: " + original[0] + " " + copy[0] + " " + (original != copy));
        int[][] shallow = grid.clone();
        shallow[0][0] = -1;
        System.out.println("2D clone is shallow: " + grid[0][0] + " " + (shallow[0] == grid[0]));
        System.out.println("class names: " + ints.getClass().getName() + " " + grid.getClass().getName() + " "
            + strings.getClass().getName() + " " + new boolean[0][0][0].getClass().getName());
        System.out.println("simple names: " + ints.getClass().getSimpleName() + " " + strings.getClass().getSimpleName());
        try {
            System.out.println(ints[3]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            grid[1][-1] = 0;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            int n = -1;
            System.out.println(new int[n].length);
        } catch (NegativeArraySizeException e) {
            System.out.println("NegativeArraySizeException: " + e.getMessage());
        }
        try {
            Object[] objects = new String[1];
            objects[0] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            int[] none = null;
            System.out.println(none.length);
        } catch (NullPointerException e) {
            System.out.println("length of null: NullPointerException");
        }
        int[] src = {1, 2, 3, 4, 5};
        System.arraycopy(src, 0, src, 1, 4);
        System.out.println("overlapping arraycopy: " + src[0] + src[1] + src[2] + src[3] + src[4]);
        try {
            System.arraycopy(src, 3, src, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        char[] word = "array".toCharArray();
        System.out.println("char[] println:");
        System.out.println(word);
        Object[] covariant = new Integer[] {1, 2};
        System.out.println("covariant instanceof Integer[]: " + (covariant instanceof Integer[]) + ", Object[]: "
            + (covariant instanceof Object[]));
    }
}
