/** System.exit(3) from another thread ends the VM while main waits in join: exit code 3, nothing after. */
public class ThreadSystemExit {
    public static void main(String[] args) throws InterruptedException {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(1_000_000);
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted");
            }
        }, "sleeper");
        sleeper.start();
        Thread exiter = new Thread(() -> {
            System.out.println("exiting with 3");
            System.exit(3);
            System.out.println("after exit");
        }, "exiter");
        Thread.sleep(20);
        exiter.start();
        exiter.join();
        sleeper.join();
        System.out.println("main after join");
    }
}
