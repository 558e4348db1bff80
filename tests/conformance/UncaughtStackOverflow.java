/** An uncaught StackOverflowError: first stderr line is the error's name; exit code 1. */
public class UncaughtStackOverflow {
    static int depth(int n) {
        return depth(n + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("about to overflow");
        System.out.println(depth(0));
    }
}
