/** An uncaught exception without a message: stderr shows only the class name. */
public class UncaughtNoMessage {
    public static void main(String[] args) {
        System.out.println("before");
        if (args.length == 0) {
            throw new IllegalStateException();
        }
        System.out.println("after");
    }
}
