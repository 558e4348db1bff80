/** System.exit inside finally while an exception propagates: the exit code wins and nothing after runs. */
public class ExitInFinally {
    static void work() {
        try {
            System.out.println("working");
            throw new IllegalStateException("never reported");
        } finally {
            System.out.println("finally exits with 3");
            System.exit(3);
        }
    }

    public static void main(String[] args) {
        try {
            work();
        } finally {
            System.out.println("outer finally must not run");
        }
    }
}
