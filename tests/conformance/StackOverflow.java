/** Deep recursion ends in a StackOverflowError that the program catches and then carries on normally. */
public class StackOverflow {
    static int depth = 0;

    static void down() {
        depth++;
        down();
    }

    static int sum(int n) {
        return n == 0 ? 0 : n + sum(n - 1);
    }

    public static void main(String[] args) {
        try {
            down();
        } catch (StackOverflowError e) {
            System.out.println("caught " + e.getClass().getName() + ", deeper than 1000 frames: " + (depth > 1000));
        }
        depth = 0;
        try {
            down();
        } catch (StackOverflowError e) {
            System.out.println("caught it a second time: " + (depth > 1000));
        }
        System.out.println("after the overflow, sum(1000) = " + sum(1000));
    }
}
