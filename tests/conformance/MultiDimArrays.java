/** multianewarray, jagged arrays, partially specified dimensions, and class names of array types. */
public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                grid[i][j] = i * 10 + j;
            }
        }
        System.out.println(java.util.Arrays.deepToString(grid));
        int[][][] partial = new int[2][3][];
        System.out.println("partial: " + partial.length + " " + partial[0].length + " " + (partial[1][2] == null));
        partial[1][2] = new int[] {7, 8};
        System.out.println("filled: " + partial[1][2][1]);
        int[][] jagged = new int[5][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            jagged[i][0] = 1;
            jagged[i][i] = 1;
            for (int j = 1; j < i; j++) {
                jagged[i][j] = jagged[i - 1][j - 1] + jagged[i - 1][j];
            }
        }
        for (int[] row : jagged) {
            System.out.println(java.util.Arrays.toString(row));
        }
        long[][][] cube = new long[2][2][2];
        cube[1][1][1] = Long.MAX_VALUE;
        System.out.println("cube corner " + cube[1][1][1] + " default " + cube[0][1][0]);
        String[][] names = {{"a", "b"}, {"c"}, {}};
        System.out.println("literal jagged lengths " + names[0].length + names[1].length + names[2].length + " "
            + java.util.Arrays.deepToString(names));
        double[][] id = new double[3][3];
        for (int i = 0; i < 3; i++) {
            id[i][i] = 1.0;
        }
        System.out.println(java.util.Arrays.deepToString(id));
        Object[] asObjects = grid;
        System.out.println("int[][] as Object[]: " + asObjects.length + " " + asObjects[0].getClass().getName());
        System.out.println("names: " + grid.getClass().getName() + " " + partial.getClass().getName() + " "
            + cube.getClass().getName() + " " + names.getClass().getName() + " " + id.getClass().getSimpleName()
            + " " + new boolean[1][1].getClass().getName() + " " + new char[0][0][0].getClass().getName());
        System.out.println("component: " + grid.getClass().getComponentType().getName() + " "
            + names.getClass().getComponentType().getComponentType().getName());
        try {
            int[][] bad = new int[2][-3];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("inner negative: " + e.getMessage());
        }
        try {
            int[][] bad = new int[-2][3];
            System.out.println(bad.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("outer negative: " + e.getMessage());
        }
        int[][] zeroOuter = new int[0][-1 + 1];
        System.out.println("zero outer " + zeroOuter.length);
        try {
            int[][] z = new int[0][-5];
            System.out.println("new int[0][-5] length " + z.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("new int[0][-5] throws: " + e.getMessage());
        }
        char[][] board = new char[3][3];
        for (char[] row : board) {
            java.util.Arrays.fill(row, '.');
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) {
            System.out.println(new String(row));
        }
    }
}
