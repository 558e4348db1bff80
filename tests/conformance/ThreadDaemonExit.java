/** A daemon thread looping forever does not keep the VM alive: main returns and the exit code is 0. */
public class ThreadDaemonExit {
    static volatile long spins;
    static volatile boolean running;

    public static void main(String[] args) throws InterruptedException {
        Thread spinner = new Thread(() -> {
            running = true;
            StringBuilder sb = new StringBuilder();
            while (true) {
                spins++;
                sb.setLength(0);
                sb.append(spins);
            }
        }, "spinner");
        spinner.setDaemon(true);
        System.out.println("daemon=" + spinner.isDaemon());
        spinner.start();
        try {
            spinner.setDaemon(false);
        } catch (IllegalThreadStateException e) {
            System.out.println("setDaemon after start: " + e);
        }
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(1_000_000);
            } catch (InterruptedException e) {
                System.out.println("never");
            }
        }, "sleeper");
        sleeper.setDaemon(true);
        sleeper.start();
        while (!running) {
            Thread.sleep(1);
        }
        Thread.sleep(20);
        System.out.println("spinner running: " + (spins > 0) + " " + spinner.getState());
        System.out.println("main returns");
    }
}
