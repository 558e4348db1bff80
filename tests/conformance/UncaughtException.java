/** An uncaught exception: stdout so far is kept, stderr's first line names it, the exit code is 1. */
public class UncaughtException {
    static class Broken extends IllegalStateException {
        Broken(String message) {
            super(message);
        }
    }

    static void fail(int depth) {
        if (depth == 0) {
            throw new Broken("the widget is broken");
        }
        fail(depth - 1);
    }

    public static void main(String[] args) {
        System.out.println("before the throw");
        try {
            fail(3);
        } finally {
            System.out.println("finally runs before the thread dies");
        }
        System.out.println("never printed");
    }
}
