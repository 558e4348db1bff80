/** System.exit with a non-zero code from a nested call: finally blocks do not run; buffered output is flushed. */
public class ExitCodeExplicit {
    static void shutdown(int code) {
        System.out.print("shutting down with " + code);
        System.out.println();
        System.exit(code);
    }

    public static void main(String[] args) {
        try {
            System.out.print("partial line without newline then ");
            System.out.println("done");
            shutdown(42);
        } finally {
            System.out.println("finally must not print");
        }
    }
}
