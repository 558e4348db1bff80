/** main returns first; the VM waits for the user thread, which finishes later and prints; exit code 0. */
public class ThreadNonDaemonWait {
    static volatile boolean mainDone;

    public static void main(String[] args) {
        Thread late = new Thread(() -> {
            while (!mainDone) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            long sum = 0;
            for (int i = 0; i < 1_000_000; i++) {
                sum += i % 7;
            }
            System.out.println("late thread finishes: " + sum);
        }, "late");
        late.start();
        System.out.println("main returns, late alive=" + late.isAlive());
        mainDone = true;
    }
}
