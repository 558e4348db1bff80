/** An uncaught exception ends only its thread: HotSpot's report on stderr, main continues, exit code 0. */
public class ThreadUncaught {
    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> {
            System.out.println("worker runs");
            throw new IllegalStateException("worker failed on purpose");
        }, "worker");
        worker.start();
        worker.join();
        System.out.println("worker state " + worker.getState() + " alive=" + worker.isAlive());
        // A thread's own handler, then the default handler, take exceptions instead of the report.
        Thread handled = new Thread(() -> {
            throw new UnsupportedOperationException("handled");
        }, "handled");
        handled.setUncaughtExceptionHandler((t, e) -> System.out.println("handler: " + t.getName() + " " + e));
        handled.start();
        handled.join();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default: " + t.getName() + " " + e.getMessage()));
        Thread byDefault = new Thread(() -> {
            throw new ArithmeticException("by default");
        }, "defaulted");
        byDefault.start();
        byDefault.join();
        Thread.setDefaultUncaughtExceptionHandler(null);
        System.out.println("main ends normally");
    }
}
