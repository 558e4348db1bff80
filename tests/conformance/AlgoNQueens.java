/** N-queens by backtracking for n = 1..9, printing the first board for n = 8. */
public class AlgoNQueens {
    static int solutions;
    static int[] firstSolution;

    static boolean safe(int[] cols, int row, int col) {
        for (int r = 0; r < row; r++) {
            int c = cols[r];
            if (c == col || Math.abs(c - col) == row - r) {
                return false;
            }
        }
        return true;
    }

    static void place(int[] cols, int row, int n) {
        if (row == n) {
            if (solutions++ == 0) {
                firstSolution = cols.clone();
            }
            return;
        }
        for (int col = 0; col < n; col++) {
            if (safe(cols, row, col)) {
                cols[row] = col;
                place(cols, row + 1, n);
            }
        }
    }

    static int bitmaskCount(int n, int row, int cols, int d1, int d2) {
        if (row == n) {
            return 1;
        }
        int count = 0;
        int avail = ~(cols | d1 | d2) & ((1 << n) - 1);
        while (avail != 0) {
            int bit = avail & -avail;
            avail -= bit;
            count += bitmaskCount(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
        return count;
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) {
            solutions = 0;
            firstSolution = null;
            place(new int[n], 0, n);
            System.out.println(n + "-queens: " + solutions + " (bitmask " + bitmaskCount(n, 0, 0, 0, 0) + ")");
            if (n == 8) {
                for (int r = 0; r < n; r++) {
                    char[] line = new char[n];
                    java.util.Arrays.fill(line, '.');
                    line[firstSolution[r]] = 'Q';
                    System.out.println(new String(line));
                }
            }
        }
    }
}
